// Running an audit on a phone: start it, fill a section, lose the signal in the middle, and find
// every answer on the server once the signal returns; and the same section as a plain form.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { openDatabase } from '../../src/lib/server/db/client';
import { auditMembers, facilities, regions, userRoles, users } from '../../src/lib/server/db/schema';
import * as templates from '../../src/lib/server/facilities/templates';
import { loginAs, waitForHydration } from './fixtures/accounts';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true };
test.use(PHONE);

/** A facility of our own, so the test never depends on which facilities the demo ships. */
const FACILITY = `RBRA Uji Audit ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test.beforeAll(() => {
	// The demo may not load checklists and facilities yet: add them to the test server's database.
	const db = openDatabase(`.e2e/${process.env.E2E_PORT ?? 4173}/suara-anak.db`, 'drizzle');
	try {
		templates.ensureShippedTemplates(db);
		const desa = db.select().from(regions).where(eq(regions.level, 'desa')).get()!;
		db.insert(facilities)
			.values({ type: 'rbra', name: FACILITY, desaCode: desa.code, kecamatanCode: desa.parentCode! })
			.run();
	} finally {
		db.$client.close();
	}
});

/** The test server's database (the server keeps writing to it: open, read or write, close). */
function withDb<T>(use: (db: ReturnType<typeof openDatabase>) => T): T {
	const db = openDatabase(`.e2e/${process.env.E2E_PORT ?? 4173}/suara-anak.db`, 'drizzle');
	try {
		return use(db);
	} finally {
		db.$client.close();
	}
}

const item = (page: Page, code: string) => page.locator(`article[data-item="${code}"]`);
const state = (page: Page, code: string) => item(page, code).locator('[data-state]');
const choice = (page: Page, code: string, answer: string) =>
	item(page, code).getByRole('radio', { name: answer, exact: true });
/** The big answer buttons are labels around visually hidden radios: tap the visible words. */
const tap = (page: Page, code: string, answer: string) =>
	item(page, code).getByText(answer, { exact: true }).click();

async function startAudit(page: Page, javascript = true): Promise<string> {
	await page.goto('/audit');
	await page.getByRole('link', { name: 'Mulai audit baru' }).click();
	await page.getByLabel('Nama fasilitas').fill(FACILITY);
	await page.getByRole('button', { name: 'Cari' }).click();
	await expect(page).toHaveURL(/q=RBRA/);
	if (javascript) await waitForHydration(page);
	await page.getByLabel('Fasilitas', { exact: true }).selectOption({ index: 1 });
	await page.getByLabel('Fasilitator pendamping').selectOption({ label: 'Fasilitator Demo' });
	await page.getByRole('button', { name: 'Mulai audit', exact: true }).click();
	await expect(page).toHaveURL(/\/audit\/\d+\/isi$/);
	await expect(page.getByRole('heading', { level: 1, name: FACILITY })).toBeVisible();
	return page.url();
}

test('answers given without signal stay on the phone and reach the server when it returns', async ({
	page,
	context,
	browser
}) => {
	await loginAs(page, 'forum_anak');
	const url = await startAudit(page);
	await expect(page.getByRole('heading', { name: 'Bagian 1 dari 11: Lokasi' })).toBeVisible();
	await expect(page.getByText('Jangan memotret wajah anak-anak.')).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
	await waitForHydration(page);

	await tap(page, 'R1.1', 'Ya');
	await expect(state(page, 'R1.1')).toHaveText('Terkirim ✓');

	// The signal drops in the middle of the section.
	await context.setOffline(true);
	await tap(page, 'R1.2', 'Tidak');
	await tap(page, 'R1.3', 'Sebagian');
	await expect(state(page, 'R1.2')).toHaveText(/Tersimpan di HP ini/);
	await expect(state(page, 'R1.3')).toHaveText(/Tersimpan di HP ini/);
	await expect(page.getByText('2 jawaban masih di HP ini.')).toBeVisible();
	// Going on without signal switches section on the phone.
	await page.getByRole('button', { name: 'Simpan dan lanjut' }).click();
	await expect(page.getByRole('heading', { name: 'Bagian 2 dari 11: Pemanfaatan' })).toBeVisible();
	await expect(page.getByText('Tidak ada sinyal. Jawabanmu tersimpan di HP ini')).toBeVisible();

	// The page is reloaded while the answers still cannot be sent: they are kept on the phone.
	await page.route('**/jawaban', (route) => route.abort('internetdisconnected'));
	await context.setOffline(false);
	await page.goto(url);
	await waitForHydration(page);
	await expect(choice(page, 'R1.2', 'Tidak')).toBeChecked();
	await expect(choice(page, 'R1.3', 'Sebagian')).toBeChecked();
	await expect(state(page, 'R1.2')).toHaveText(/Tersimpan di HP ini/);

	// The connection really returns: the phone sends them by itself.
	await page.unroute('**/jawaban');
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(state(page, 'R1.2')).toHaveText('Terkirim ✓');
	await expect(state(page, 'R1.3')).toHaveText('Terkirim ✓');
	await expect(page.getByText(/jawaban masih di HP ini/)).toHaveCount(0);

	// On the server: a browser with nothing stored on it sees all three answers.
	const fresh = await browser.newContext(PHONE);
	const other = await fresh.newPage();
	await loginAs(other, 'forum_anak');
	await other.goto(url);
	await expect(choice(other, 'R1.1', 'Ya')).toBeChecked();
	await expect(choice(other, 'R1.2', 'Tidak')).toBeChecked();
	await expect(choice(other, 'R1.3', 'Sebagian')).toBeChecked();
	await expect(state(other, 'R1.2')).toHaveText('Terkirim ✓');
	await fresh.close();
});

test('the start form names team mates and facilitators as it shows them, sends no account ids, and works without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
	const page = await context.newPage();
	await loginAs(page, 'forum_anak');
	await page.goto(`/audit/baru?q=${encodeURIComponent(FACILITY)}`);
	await expect(page.getByRole('checkbox', { name: /^forum2\b/ })).toBeVisible();
	const idsOf = (role: 'forum_anak' | 'fasilitator') =>
		withDb((db) =>
			db
				.select({ id: users.id })
				.from(users)
				.innerJoin(userRoles, eq(userRoles.userId, users.id))
				.where(eq(userRoles.role, role))
				.all()
				.map((u) => u.id)
		);
	const forumIds = idsOf('forum_anak');
	const facilitatorIds = idsOf('fasilitator');
	expect(forumIds.length).toBeGreaterThan(1);
	expect(facilitatorIds.length).toBeGreaterThan(0);
	const html = await page.content();
	expect(forumIds.filter((id) => html.includes(id))).toEqual([]);
	expect(facilitatorIds.filter((id) => html.includes(id))).toEqual([]);

	await page.getByRole('checkbox', { name: /^forum2\b/ }).check();
	await page.getByLabel('Fasilitas', { exact: true }).selectOption({ index: 1 });
	await page.getByLabel('Fasilitator pendamping').selectOption({ label: 'Fasilitator Demo' });
	await page.getByRole('button', { name: 'Mulai audit', exact: true }).click();
	await expect(page).toHaveURL(/\/audit\/\d+\/isi$/);
	const auditId = Number(new URL(page.url()).pathname.split('/')[2]);
	const team = withDb((db) =>
		db
			.select({ username: users.username })
			.from(auditMembers)
			.innerJoin(users, eq(users.id, auditMembers.userId))
			.where(eq(auditMembers.auditId, auditId))
			.all()
			.map((u) => u.username)
			.sort()
	);
	expect(team).toEqual(['fasilitator', 'forum1', 'forum2']);
	await context.close();
});

test('without JavaScript a section saves as a plain form, with a note and a photo', async ({ browser }) => {
	const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
	const page = await context.newPage();
	await loginAs(page, 'forum_anak');
	const url = await startAudit(page, false);

	await tap(page, 'R1.1', 'Tidak');
	await item(page, 'R1.1').getByLabel('Catatan (boleh kosong)').fill('Jalan ramai tanpa pagar');
	const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#e9c46a' } })
		.jpeg()
		.toBuffer();
	await item(page, 'R1.1')
		.getByLabel(/Tambah foto/)
		.setInputFiles({ name: 'pagar.jpg', mimeType: 'image/jpeg', buffer: photo });
	await tap(page, 'R1.2', 'Tidak berlaku');
	await page.getByRole('button', { name: 'Simpan dan lanjut' }).click();
	await expect(page).toHaveURL(/bagian=2/);
	await expect(page.getByRole('heading', { name: 'Bagian 2 dari 11: Pemanfaatan' })).toBeVisible();

	await page.getByRole('link', { name: /Bagian sebelumnya/ }).click();
	await expect(choice(page, 'R1.1', 'Tidak')).toBeChecked();
	await expect(choice(page, 'R1.2', 'Tidak berlaku')).toBeChecked();
	await expect(item(page, 'R1.1').getByLabel('Catatan (boleh kosong)')).toHaveValue(
		'Jalan ramai tanpa pagar'
	);
	await expect(state(page, 'R1.1')).toHaveText('Terkirim ✓');
	await expect(state(page, 'R1.3')).toHaveText('Belum dijawab');

	// The photo is the team's while the audit is a draft: nobody else may load it.
	// Pages render relative links: resolve the address against the page.
	// The list shows the small copy; the copy and the photo itself follow the same rule.
	const raw = await item(page, 'R1.1').getByRole('img').getAttribute('src');
	const thumb = new URL(raw!, page.url()).href;
	expect(new URL(thumb).pathname).toMatch(/^\/audit\/foto\/[0-9a-f]{32}-96\.webp$/);
	const original = thumb.replace(/-96\.webp$/, '.webp');
	const anonymous = await browser.newContext();
	for (const src of [thumb, original]) {
		expect((await page.request.get(src)).status()).toBe(200);
		expect((await anonymous.request.get(src)).status()).toBe(404);
	}
	await anonymous.close();

	// Submitting is refused while items are unanswered.
	await page.getByRole('button', { name: 'Ajukan audit' }).click();
	await expect(page.getByRole('alert')).toContainText('Masih ada pertanyaan yang belum dijawab');
	await expect(page).toHaveURL(new RegExp(`${new URL(url).pathname}`));
	await context.close();
});

test('the answers endpoint takes JSON from the team only, and from this site only', async ({
	page,
	browser
}) => {
	await loginAs(page, 'forum_anak');
	const url = await startAudit(page);
	const endpoint = `${new URL(url).pathname.replace(/isi$/, 'jawaban')}`;
	const answers = { answers: [{ itemCode: 'R1.1', answer: 'ya', note: null, answeredAt: Date.now() }] };
	const origin = new URL(url).origin;

	const foreign = await page.request.post(endpoint, {
		data: answers,
		headers: { origin: 'https://evil.test' }
	});
	expect(foreign.status()).toBe(403);
	const unknown = await page.request.post(endpoint, {
		data: { answers: [{ ...answers.answers[0], itemCode: 'P1.1' }] },
		headers: { origin }
	});
	expect(unknown.status()).toBe(400);
	expect((await unknown.json()).error).toBe('audit_item_unknown');
	const ok = await page.request.post(endpoint, { data: answers, headers: { origin } });
	expect(ok.status()).toBe(200);
	expect((await ok.json()).saved[0]).toMatchObject({ itemCode: 'R1.1', outcome: 'saved' });

	const outsider = await browser.newContext();
	const child = await outsider.newPage();
	await loginAs(child, 'anak', 'anak2');
	const refused = await child.request.post(endpoint, { data: answers, headers: { origin } });
	expect(refused.status()).toBe(403);
	expect((await child.goto(url))?.status()).toBe(403);
	await outsider.close();
});

/** Every WCAG 2.2 A/AA violation on the page, one readable line each. */
async function axe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${page.url()} · ${v.id} · ${n.target.join(' ')}`)
	);
}

test('the audit pages pass axe on a phone, errors included', async ({ page }) => {
	await loginAs(page, 'forum_anak');
	const found: string[] = [];
	await page.goto('/audit/baru');
	await waitForHydration(page);
	found.push(...(await axe(page)));
	await page.getByRole('button', { name: 'Mulai audit', exact: true }).click();
	await expect(page.getByText('Pilih fasilitas yang akan diperiksa.')).toBeVisible();
	found.push(...(await axe(page)));
	await startAudit(page);
	await waitForHydration(page);
	// Every answer colour, a complete section, and the states with and without signal.
	await tap(page, 'R1.1', 'Ya');
	await tap(page, 'R1.2', 'Tidak');
	await tap(page, 'R1.3', 'Tidak berlaku');
	await expect(state(page, 'R1.3')).toHaveText('Terkirim ✓');
	found.push(...(await axe(page)));
	await page.context().setOffline(true);
	await tap(page, 'R1.1', 'Sebagian');
	await expect(state(page, 'R1.1')).toHaveText(/Tersimpan di HP ini/);
	found.push(...(await axe(page)));
	await page.context().setOffline(false);
	await expect(state(page, 'R1.1')).toHaveText('Terkirim ✓');
	await page.goto('/audit');
	found.push(...(await axe(page)));
	expect(found).toEqual([]);
});
