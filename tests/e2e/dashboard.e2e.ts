import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { loginAs } from './fixtures/accounts';

const RECORD_SETS = ['aspirasi', 'tiket-emas', 'fasilitas', 'audit', 'temuan'];
const STAT_TABLES = [
	'partisipasi-kecamatan',
	'partisipasi-desa',
	'partisipasi-umur',
	'partisipasi-gender',
	'partisipasi-verifikasi',
	'aspirasi-klaster',
	'alur',
	'jawaban',
	'kecamatan',
	'temuan-ringkas',
	'tren-bulan',
	'tren-siklus'
];
// Every demo child's nickname; none may appear in open data.
const NICKNAMES = ['forum1', ...Array.from({ length: 20 }, (_, i) => `anak${i + 1}`)];

async function text(request: APIRequestContext, path: string) {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	return res.text();
}

/** The cells of the CSV line that starts with `first`. */
function csvRow(csv: string, first: string): string[] {
	const line = csv.split('\r\n').find((l) => l.replace(/^\uFEFF/, '').startsWith(`${first},`));
	expect(line, `a line starting with ${first}`).toBeTruthy();
	return (line ?? '').split(',');
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the dashboard renders with its figures, the kecamatan view and a filter', async ({ page }) => {
		await page.goto('/dasbor');
		await expect(page.getByRole('heading', { level: 1, name: 'Dasbor KLA' })).toBeVisible();
		await expect(page.locator('[data-figure="Aspirasi terbit"]')).toHaveText(/^\d+$/);
		// The figures say when they were computed (they are reused for a few minutes).
		await expect(page.getByRole('status')).toContainText(/angka per \d+ \w+ \d{4}/);
		// Every kecamatan has its row: the 17 of the pilot, and one another test imports meanwhile once the
		// figures are next computed (they are reused for a few minutes).
		const kecamatan = (await page.getByLabel('Kecamatan', { exact: true }).locator('option').count()) - 1;
		expect(kecamatan).toBeGreaterThanOrEqual(17);
		const rows = await page.locator('figure[aria-labelledby="fig-kecamatan-title"] tbody tr').count();
		expect(rows).toBeGreaterThanOrEqual(17);
		expect(rows).toBeLessThanOrEqual(kecamatan);
		// The filter is a plain form: choosing a kecamatan narrows the view.
		await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Ledo' });
		await page.getByRole('button', { name: 'Tampilkan' }).click();
		await expect(page).toHaveURL(/kecamatan=61\.07\.\d\d/);
		await expect(page.getByRole('status')).toContainText('Kecamatan Ledo');
		// No script is sent at all.
		expect(await page.locator('script[src]').count()).toBe(0);
	});

	test('the evidence pack of the cycle is a printable page', async ({ page }) => {
		await page.goto('/dasbor');
		await page.getByRole('link', { name: /Bukti KLA siklus ini/ }).click();
		await expect(page).toHaveURL(/\/dasbor\/bukti\/\d+$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Bukti Partisipasi Anak');
		await expect(page.getByText(/Aspirasi masuk: \d+; terbit: \d+/)).toBeVisible();
	});
});

test('the numbers on the page match the downloads', async ({ page, request }) => {
	await page.goto('/dasbor');
	const published = (await page.locator('[data-figure="Aspirasi terbit"]').textContent())?.trim() ?? '';
	const funnelCsv = await page
		.locator('figure[aria-labelledby="fig-funnel-title"]')
		.getByRole('link', { name: 'Unduh data (CSV)' })
		.getAttribute('href');
	// Links are relative (paths.relative): resolve them against the page.
	const abs = (href: string | null) => {
		const url = new URL(href ?? '', page.url());
		return url.pathname + url.search;
	};
	expect(abs(funnelCsv)).toMatch(/^\/data\/statistik\/alur\.csv\?siklus=\d+$/);
	const alur = await text(request, abs(funnelCsv));
	expect(csvRow(alur, 'terbit')[1]).toBe(published.replace(/\./g, ''));

	// The kecamatan view against its download, row by row (including "< 5" and "*").
	const kecCsv = await page
		.locator('figure[aria-labelledby="fig-kecamatan-title"]')
		.getByRole('link', { name: 'Unduh data (CSV)' })
		.getAttribute('href');
	const kec = await text(request, abs(kecCsv));
	const rows = page.locator('figure[aria-labelledby="fig-kecamatan-title"] tbody tr');
	for (const i of [0, 5, 16]) {
		const name = (await rows.nth(i).locator('th').textContent())?.trim() ?? '';
		const children = (await rows.nth(i).locator('td').first().textContent())?.trim() ?? '';
		const cells = kec
			.split('\r\n')
			.find((l) => l.split(',')[1] === name)
			?.split(',');
		expect(cells?.[2], name).toBe(children.replace(/\./g, ''));
	}
});

/** The data lines of a CSV as cells (no quoted commas in these tables). */
function csvLines(csv: string): string[][] {
	return csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n')
		.slice(1)
		.map((l) => l.split(','));
}

const WITHHELD = 'terlalu sedikit anak untuk ditampilkan';

test('no table of children shows a zero, and a kecamatan of fewer than 10 children is not broken down', async ({
	page,
	request
}) => {
	// All cycles (the files' default): every count of children is a number of 5 or more, "< 5" or "*".
	for (const name of ['partisipasi-kecamatan', 'partisipasi-desa', 'partisipasi-umur', 'partisipasi-gender'])
		for (const cells of csvLines(await text(request, `/data/statistik/${name}.csv`)))
			expect(cells.at(-1), `${name}: ${cells.join(',')}`).not.toBe('0');
	const kecamatan = csvLines(await text(request, '/data/statistik/partisipasi-kecamatan.csv')).filter(
		([code]) => code
	);
	// Which kecamatan are too small to break down follows from their own row ("< 5", or 5 to 9).
	const small = kecamatan.filter(([, , n]) => n === '< 5' || (/^\d+$/.test(n ?? '') && Number(n) < 10));
	expect(small.length, 'the demo has kecamatan with only a few children').toBeGreaterThan(0);
	for (const [code] of small) {
		const gender = csvLines(await text(request, `/data/statistik/partisipasi-gender.csv?kecamatan=${code}`));
		expect(gender.map(([g, n]) => `${g},${n}`)).toEqual(
			['laki', 'perempuan', 'x'].map((g) => `${g},${WITHHELD}`)
		);
	}
	// The page of such a kecamatan says so instead of drawing the charts.
	await page.goto(`/dasbor?siklus=semua&kecamatan=${small[0]?.[0]}`);
	for (const fig of ['fig-age', 'fig-gender', 'fig-verified'])
		await expect(page.locator(`figure[aria-labelledby="${fig}-title"]`)).toContainText(
			'Terlalu sedikit anak untuk ditampilkan'
		);
});

test('the tables that scroll on a narrow screen can be reached with the keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/dasbor');
	const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
	expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
	const region = page.getByRole('region', {
		name: 'Ke-17 kecamatan: warna lebih tua berarti angka lebih besar'
	});
	await region.focus();
	await expect(region).toBeFocused();
});

test('no child nickname appears in any open data file', async ({ page, request }) => {
	await page.goto('/data');
	await expect(page.getByText('CC BY 4.0', { exact: false }).first()).toBeVisible();
	const files = [
		...RECORD_SETS.flatMap((s) => [`/data/${s}.csv`, `/data/${s}.json`]),
		...STAT_TABLES.flatMap((t) => [`/data/statistik/${t}.csv`, `/data/statistik/${t}.json`])
	];
	const aspirations = await request.get('/data/aspirasi.csv');
	expect(aspirations.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(aspirations.headers()['content-disposition']).toBe('attachment; filename="aspirasi.csv"');
	expect((await aspirations.text()).split('\r\n').length).toBeGreaterThan(30);
	for (const file of files) {
		const body = await text(request, file);
		for (const nick of NICKNAMES)
			expect(new RegExp(`(^|[^\\w])${nick}([^\\w]|$)`).test(body), `${nick} in ${file}`).toBe(false);
	}
	const json = (await (await request.get('/data/aspirasi.json')).json()) as {
		lisensi: string;
		data: unknown[];
	};
	expect(json.lisensi).toBe('CC BY 4.0');
	expect(json.data.length).toBeGreaterThan(30);
});

test('the facilitator dashboard shows what is not public, only to facilitators and admins', async ({
	page,
	browser
}) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi/dasbor');
	await expect(page.getByRole('heading', { name: 'Perlindungan anak' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Lonjakan dukungan' })).toBeVisible();

	const child = await browser.newPage();
	await loginAs(child, 'anak');
	const res = await child.goto('/moderasi/dasbor');
	expect(res?.status()).toBe(403);
	await child.close();
});
