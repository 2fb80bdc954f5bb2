// A facilitator follows the teams' audits before they are submitted, and a Forum Anak member outside a
// team is told so (not that they lack the role).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db/client';
import { facilities, regions } from '../../src/lib/server/db/schema';
import * as templates from '../../src/lib/server/facilities/templates';
import { loginAs, waitForHydration } from './fixtures/accounts';

/** A facility of our own, so the test never depends on which facilities the demo ships. */
const FACILITY = `RBRA Uji Ikuti ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test.beforeAll(() => {
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

/** forum1 starts an audit of FACILITY alone and answers its first item; the fill screen's address. */
async function startAndAnswerOne(page: Page): Promise<string> {
	await loginAs(page, 'forum_anak');
	await page.goto(`/audit/baru?q=${encodeURIComponent(FACILITY)}`);
	await waitForHydration(page);
	await page.getByLabel('Fasilitas', { exact: true }).selectOption({ index: 1 });
	await page.getByLabel('Fasilitator pendamping').selectOption({ label: 'Fasilitator Demo' });
	await page.getByRole('button', { name: 'Mulai audit', exact: true }).click();
	await expect(page).toHaveURL(/\/audit\/\d+\/isi$/);
	await waitForHydration(page);
	const first = page.locator('article[data-item="R1.1"]');
	await first.getByText('Ya', { exact: true }).click();
	await expect(first.locator('[data-state]')).toHaveText('Terkirim ✓');
	return page.url();
}

async function signedIn(browser: Browser, role: 'fasilitator' | 'forum_anak', account?: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await loginAs(page, role, account);
	return { context, page };
}

test('a facilitator sees an audit in progress with its team, start date and answered items', async ({
	page,
	browser
}) => {
	const url = await startAndAnswerOne(page);
	const { context, page: facilitator } = await signedIn(browser, 'fasilitator');
	await facilitator.goto('/moderasi/audit');
	const list = facilitator.getByRole('list', { name: /^Sedang berjalan \(\d+\)$/ });
	const row = list.getByRole('listitem').filter({ hasText: FACILITY });
	await expect(row).toBeVisible();
	await expect(row.getByText('Tim: forum1', { exact: true })).toBeVisible();
	const today = new Intl.DateTimeFormat('id-ID', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Asia/Jakarta'
	}).format(new Date());
	await expect(row).toContainText(`mulai ${today}`);
	await expect(row.getByText(/^1 dari \d+ butir dijawab$/)).toBeVisible();

	// The team answers another item: the facilitator's list follows.
	const second = page.locator('article[data-item="R1.2"]');
	await second.getByText('Tidak', { exact: true }).click();
	await expect(second.locator('[data-state]')).toHaveText('Terkirim ✓');
	await facilitator.reload();
	await expect(row.getByText(/^2 dari \d+ butir dijawab$/)).toBeVisible();

	// The facility's name opens the team's answers so far.
	await row.getByRole('link', { name: FACILITY }).click();
	await expect(facilitator).toHaveURL(url);
	await expect(facilitator.getByRole('heading', { level: 1, name: FACILITY })).toBeVisible();

	// In English, the words and the date are English.
	await facilitator.goto('/moderasi/audit');
	await facilitator.getByRole('button', { name: 'English' }).click();
	const en = facilitator
		.getByRole('list', { name: /^In progress \(\d+\)$/ })
		.getByRole('listitem')
		.filter({ hasText: FACILITY });
	const todayEn = new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Asia/Jakarta'
	}).format(new Date());
	await expect(en).toContainText(`started ${todayEn}`);
	await expect(en.getByText(/^2 of \d+ items answered$/)).toBeVisible();
	await context.close();
});

test('a Forum Anak member outside the team is told they are not in it, on the page and when saving', async ({
	page,
	browser
}) => {
	const url = await startAndAnswerOne(page);
	const { context, page: outsider } = await signedIn(browser, 'forum_anak', 'forum2');

	const response = await outsider.goto(url);
	expect(response?.status()).toBe(403);
	await expect(outsider.getByRole('heading', { name: 'Kamu tidak punya akses' })).toBeVisible();
	await expect(outsider.getByText(/^Kamu bukan anggota tim audit ini/)).toBeVisible();
	await expect(outsider.getByText('Halaman ini hanya untuk peran tertentu', { exact: false })).toHaveCount(0);

	// Saving a section as a plain form, as a phone without JavaScript would.
	const origin = new URL(url).origin;
	const save = await outsider.request.post(`${url}?/simpan`, {
		form: { bagian: '1', lanjut: '1', 'a:R1.1': 'tidak', 'oa:R1.1': '' },
		headers: { origin, accept: 'text/html' }
	});
	expect(save.status()).toBe(403);
	expect(await save.text()).toContain('Kamu bukan anggota tim audit ini');

	// The phone's queue of answers gets the same words to show.
	const answers = await outsider.request.post(url.replace(/isi$/, 'jawaban'), {
		data: { answers: [{ itemCode: 'R1.1', answer: 'tidak', note: null, answeredAt: Date.now() }] },
		headers: { origin }
	});
	expect(answers.status()).toBe(403);
	expect((await answers.json()).message).toMatch(/^Kamu bukan anggota tim audit ini/);
	await context.close();
});
