// Accessibility: axe (WCAG 2.2 A and AA rules) on every page and form, as each role, and a keyboard-only
// walk through posting an idea and voting. Adding a page is one line in PAGES; a page not built yet
// (404) is noted and skipped, so the list can name pages before they land.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loginAs, waitForHydration, type DemoRole } from './fixtures/accounts';

type Who = 'anonymous' | DemoRole;
const EVERYONE: Who[] = ['anonymous', 'anak', 'forum_anak', 'fasilitator', 'bappeda', 'opd', 'admin'];
const CHILDREN: Who[] = ['anak', 'forum_anak'];
const STAFF: Who[] = ['fasilitator', 'bappeda', 'opd', 'admin'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Check {
	path: string;
	who: Who[];
	/** Open the first link on `path` whose address matches, instead of `path` itself. */
	link?: RegExp;
	/** Also check the form after submitting it empty (a CSS selector for its submit button). */
	submit?: string;
	/** The status the page answers with (200 unless told). */
	status?: number;
}

const MAIN_SUBMIT = 'main form[method="POST"] button:not([type="button"])';

const PAGES: Check[] = [
	{ path: '/', who: EVERYONE },
	{ path: '/aspirasi', who: EVERYONE },
	{ path: '/aspirasi?q=sekolah&klaster=4&urut=terbaru', who: EVERYONE },
	{ path: '/aspirasi', link: /^\/aspirasi\/\d+$/, who: EVERYONE },
	{ path: '/bantuan', who: EVERYONE },
	{ path: '/bantuan/segera', who: EVERYONE },
	{ path: '/fasilitas', who: EVERYONE },
	{ path: '/fasilitas', link: /^\/fasilitas\/\d+$/, who: EVERYONE },
	{ path: '/dasbor', who: EVERYONE },
	{ path: '/halaman-yang-tidak-ada', who: ['anonymous'], status: 404 },
	{ path: '/masuk', who: ['anonymous'], submit: MAIN_SUBMIT },
	{ path: '/masuk/reset', who: ['anonymous'], submit: MAIN_SUBMIT },
	{ path: '/masuk/kode', who: ['anonymous'] },
	{ path: '/daftar', who: ['anonymous'], submit: MAIN_SUBMIT },
	{ path: '/aspirasi/baru', who: CHILDREN, submit: MAIN_SUBMIT },
	{ path: '/saya', who: CHILDREN },
	{ path: '/saya', link: /^\/aspirasi\/\d+\/ubah$/, who: ['anak'] },
	{ path: '/saya/kode', who: CHILDREN, submit: MAIN_SUBMIT },
	{ path: '/saya/notifikasi', who: CHILDREN },
	{ path: '/saya/data', who: CHILDREN },
	{ path: '/saya/hapus', who: CHILDREN, submit: MAIN_SUBMIT },
	{ path: '/audit', who: ['forum_anak'] },
	{ path: '/audit/baru', who: ['forum_anak'] },
	{ path: '/moderasi', who: ['fasilitator'] },
	{ path: '/moderasi/laporan', who: ['fasilitator'] },
	{ path: '/moderasi/gabung', who: ['fasilitator'] },
	{ path: '/moderasi/perlindungan', who: ['fasilitator'] },
	{ path: '/moderasi/perlindungan', link: /^\/moderasi\/perlindungan\/\d+$/, who: ['fasilitator'] },
	{ path: '/moderasi/tangguhkan', who: ['fasilitator'] },
	{ path: '/moderasi/tiket-emas', who: ['fasilitator'] },
	{ path: '/moderasi/verifikasi', who: ['fasilitator'] },
	{ path: '/moderasi/verifikasi', link: /^\/moderasi\/verifikasi\/\d+$/, who: ['fasilitator'] },
	{ path: '/moderasi/verifikasi/anak', who: ['fasilitator'] },
	{ path: '/moderasi/verifikasi/cetak', who: ['fasilitator'] },
	{ path: '/bappeda', who: ['bappeda'] },
	{ path: '/opd', who: ['opd'] },
	{ path: '/akun/keamanan', who: STAFF },
	{ path: '/admin', who: ['admin'] },
	{ path: '/admin/pengguna', who: ['admin'] },
	{ path: '/admin/pengguna', link: /^\/admin\/pengguna\/[0-9a-f-]{36}$/, who: ['admin'] },
	{ path: '/admin/pengguna/baru', who: ['admin'], submit: MAIN_SUBMIT },
	{ path: '/admin/siklus', who: ['admin'] },
	{ path: '/admin/siklus', link: /^\/admin\/siklus\/\d+$/, who: ['admin'] },
	{ path: '/admin/siklus/baru', who: ['admin'], submit: MAIN_SUBMIT },
	{ path: '/admin/wilayah', who: ['admin'] },
	{ path: '/admin/moderasi', who: ['admin'] },
	{ path: '/admin/log', who: ['admin'] },
	{ path: '/admin/keamanan', who: ['admin'] }
];

/** Every violation on the page as one readable line per element: rule, impact, element, what to fix. */
async function violations(page: Page, label: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map(
			(n) =>
				`${label} · ${v.id} (${v.impact}) · ${n.target.join(' ')} · ${v.help} · ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`
		)
	);
}

/** Opens the check's page; null when it is not there (yet). */
async function open(page: Page, check: Check): Promise<string | null> {
	const response = await page.goto(check.path);
	if (response?.status() === 404 && check.status !== 404) return null;
	expect(response?.status(), check.path).toBe(check.status ?? 200);
	if (check.link) {
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		const target = hrefs.map((h) => new URL(h)).find((u) => check.link!.test(u.pathname));
		if (!target) return null;
		const linked = await page.goto(target.pathname + target.search);
		expect(linked?.status(), target.pathname).toBe(200);
	}
	await waitForHydration(page);
	return new URL(page.url()).pathname;
}

for (const who of EVERYONE) {
	test(`axe finds no WCAG 2.2 A/AA violation on the pages and forms of ${who}`, async ({ page }) => {
		test.setTimeout(180_000);
		if (who !== 'anonymous') await loginAs(page, who);
		const found: string[] = [];
		const missing: string[] = [];
		for (const check of PAGES.filter((c) => c.who.includes(who))) {
			const at = await open(page, check);
			const label = `${who} ${check.path}${check.link ? ` → ${at}` : ''}`;
			if (at === null) {
				missing.push(check.link ? `${check.path} → ${check.link}` : check.path);
				continue;
			}
			found.push(...(await violations(page, label)));
			// Some forms show only in some states (a verified child has no code to enter).
			if (check.submit && (await page.locator(check.submit).first().isVisible())) {
				const submit = page.locator(check.submit).first();
				// Empty for real: a prefilled form (a new cycle's name) would otherwise be saved.
				const form = page.locator('main form[method="POST"]').filter({ has: submit });
				for (const field of await form.locator('input[type="text"]:visible, textarea:visible').all())
					await field.fill('');
				const at = page.url();
				await submit.click();
				// The answer is in when the form is ready again (what the child sees), not after a time.
				await expect(async () => {
					const ready = page.url() !== at || (await submit.isEnabled({ timeout: 100 }).catch(() => false));
					expect(ready, 'the form is ready again').toBe(true);
				}).toPass();
				await page.waitForLoadState('networkidle');
				found.push(...(await violations(page, `${label} (submitted empty)`)));
			}
		}
		if (missing.length)
			test.info().annotations.push({ type: 'not there yet', description: missing.join(', ') });
		expect(found, found.join('\n')).toEqual([]);
	});
}

test('a button keeps its contrast while its form is being sent (busy and disabled)', async ({ page }) => {
	for (const path of ['/masuk', '/masuk/reset', '/daftar']) {
		await page.goto(path);
		const button = page.locator(MAIN_SUBMIT).first();
		// The state superforms gives the button while a form is sent, set at once: no transition to race.
		await button.evaluate((b) => {
			(b as HTMLButtonElement).disabled = true;
			b.setAttribute('aria-busy', 'true');
			b.style.transition = 'none';
		});
		await button.hover({ force: true });
		const results = await new AxeBuilder({ page })
			.withRules(['color-contrast'])
			.include(MAIN_SUBMIT)
			.analyze();
		expect(
			results.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.failureSummary}`)),
			path
		).toEqual([]);
		// axe leaves disabled controls out, so measure the colours the child sees as well.
		const [fg, bg, opacity] = await button.evaluate((b) => {
			const s = getComputedStyle(b);
			return [s.color, s.backgroundColor, s.opacity];
		});
		expect(opacity, path).toBe('1');
		expect(contrast(fg, bg), `${path}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	}
});

/** WCAG contrast ratio of two computed CSS colours (rgb() or oklch() as Chromium reports them). */
function contrast(a: string, b: string): number {
	const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
	const lum = (c: string) => {
		const [r, g, bl] = toRgb(c);
		return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
	};
	const [x, y] = [lum(a), lum(b)];
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** sRGB channels 0–1 of `rgb(…)`, `color(srgb …)` or `oklch(…)`. */
function toRgb(c: string): [number, number, number] {
	const [p = 0, q = 0, r = 0] = (c.match(/-?[\d.]+/g) ?? []).map(Number);
	if (c.startsWith('rgb')) return [p / 255, q / 255, r / 255];
	if (c.startsWith('color(srgb')) return [p, q, r];
	if (!c.startsWith('oklch')) throw new Error(`unknown colour ${c}`);
	// OKLCH → OKLab → linear sRGB → sRGB (Björn Ottosson's published matrices).
	const [l, a, b] = [p, q * Math.cos((r * Math.PI) / 180), q * Math.sin((r * Math.PI) / 180)];
	const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
	const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
	const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
	const encode = (v: number) => {
		const c = Math.min(1, Math.max(0, v));
		return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
	};
	return [
		encode(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
		encode(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
		encode(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_)
	];
}

/** Presses Tab until the target has the focus, and checks a visible focus indicator on it. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 100): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
			const ring = await target.evaluate((el) => {
				const s = getComputedStyle(el);
				return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
			});
			expect(ring, 'a visible focus indicator').toBe(true);
			return;
		}
	}
	throw new Error(`${max} presses of Tab never reached ${target.toString()}`);
}

test('keyboard only: post an idea, then take a vote back and give it again', async ({ page }) => {
	test.setTimeout(120_000);
	await loginAs(page, 'anak', 'anak14');

	await page.goto('/aspirasi/baru');
	await waitForHydration(page);
	await tabTo(page, page.locator('#title'));
	await page.keyboard.type('Tempat cuci tangan di depan kelas');
	await tabTo(page, page.locator('#body'));
	await page.keyboard.type(
		'Kami ingin tempat cuci tangan dengan sabun di depan setiap kelas supaya tidak sakit perut.'
	);
	await tabTo(page, page.locator('input[name="cluster"]').first());
	await page.keyboard.press('Space');
	await expect(page.locator('input[name="cluster"]').first()).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Kirim aspirasi' }));
	await page.keyboard.press('Enter');
	await expect(page.getByText(/Aspirasimu sudah terkirim/)).toBeVisible();

	await page.goto('/saya');
	await waitForHydration(page);
	const supported = page.locator('section[aria-labelledby="votes-title"] a').first();
	const title = await supported.innerText();
	await tabTo(page, supported);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await waitForHydration(page);
	await tabTo(page, page.getByRole('button', { name: /^Batalkan dukungan/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Dukunganmu tersisa 1 dari 5')).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: /^Dukung ide ini/ }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Dukunganmu tersisa 0 dari 5')).toBeVisible();
});
