// Facilities and audit reports: a facilitator publishes a submitted audit, the public report shows
// the score and credits the forum (never a child), a draft is a 404, and the Puskesmas' agency
// (Dinkes) answers a finding with a plan and a target day.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import { audits } from '../../src/lib/server/db/schema';
import { seedFacilities } from '../../scripts/demo-facilities';
import { loginAs, waitForHydration } from './fixtures/accounts';

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIR = path.resolve(`.e2e/${PORT}`);
let db: Db;

test.beforeAll(async () => {
	// The same database file the test server uses. The demo seed adds the facilities when
	// `npm run demo` does not yet (it changes nothing when they are there).
	db = openDatabase(path.join(DIR, 'suara-anak.db'), path.resolve('drizzle'));
	await seedFacilities(db, new Date(), path.join(DIR, 'uploads'));
});

test.afterAll(() => db.$client.close());

const WIB_DAY = (days: number) =>
	new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test('anyone sees the facilities with their latest published score', async ({ page }) => {
	await page.goto('/fasilitas');
	await expect(page.getByRole('heading', { name: 'Fasilitas ramah anak' })).toBeVisible();
	const card = page.getByRole('listitem').filter({ hasText: 'Puskesmas Bengkayang' });
	await expect(card.getByText(/^\d+%$/)).toBeVisible();
	// A choice made before hydration is reset by it.
	await waitForHydration(page);
	await page.getByLabel('Jenis fasilitas').selectOption('rbra');
	await page.getByRole('button', { name: 'Tampilkan' }).click();
	await expect(page).toHaveURL(/jenis=rbra/);
	await expect(page.getByText('Puskesmas Bengkayang')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'RBRA Balai Desa Lesabela' })).toBeVisible();
});

test('a facilitator publishes a submitted audit; the public report shows the score and no child’s name', async ({
	page,
	browser
}) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi/audit');
	await page.getByRole('link', { name: 'Puskesmas Seluas' }).click();
	await expect(page.getByRole('heading', { name: /Nilai jika diterbitkan: \d+%/ })).toBeVisible();
	await waitForHydration(page);
	await page.getByRole('button', { name: 'Terbitkan laporan' }).click();
	await expect(page).toHaveURL(/:\d+\/audit\/\d+$/);
	const reportUrl = page.url();

	// Read as a visitor with no account.
	const visitor = await browser.newPage();
	await visitor.goto(reportUrl);
	await expect(visitor.getByRole('heading', { name: 'Puskesmas Seluas' })).toBeVisible();
	await expect(visitor.getByText('Forum Anak Kecamatan Seluas')).toBeVisible();
	await expect(visitor.locator('.badge', { hasText: /^\d+%$/ }).first()).toBeVisible();
	await expect(visitor.getByRole('heading', { name: /Temuan \(3\)/ })).toBeVisible();
	const finding = visitor.locator('article.finding').filter({ hasText: 'anak menunggu di lorong' });
	await expect(finding.getByText('Butir kunci')).toBeVisible();
	await expect(finding.getByRole('img', { name: 'Foto bukti butir P2.1' })).toBeVisible();
	const text = await visitor.locator('main').innerText();
	expect(text).not.toMatch(/forum1|anak\d+/i);
	await visitor.close();
});

test('a draft report is never public', async ({ page }) => {
	const draft = db.select({ id: audits.id }).from(audits).where(eq(audits.status, 'draf')).get();
	expect(draft).toBeDefined();
	const response = await page.goto(`/audit/${draft?.id}`);
	expect(response?.status()).toBe(404);
	await loginAs(page, 'forum_anak');
	expect((await page.goto(`/audit/${draft?.id}`))?.status()).toBe(404);
});

test('Dinkes answers a finding of its Puskesmas with a plan and a target day', async ({ page }) => {
	await loginAs(page, 'opd');
	await page.goto('/opd/temuan');
	const card = page.locator('article.finding').filter({ hasText: 'anak menunggu di lorong' });
	await card.getByRole('link', { name: 'Jawab temuan' }).click();
	await waitForHydration(page);
	await page
		.getByLabel('Apa yang akan dilakukan dinas?')
		.fill('Pojok tunggu anak disiapkan di dekat ruang KIA.');
	await page.getByLabel('Diperbaiki paling lambat').fill(WIB_DAY(30));
	await page.getByRole('button', { name: 'Simpan rencana' }).click();
	await expect(page.getByRole('status')).toHaveText('Jawaban disimpan.');
	const answered = page.locator('article.finding').filter({ hasText: 'anak menunggu di lorong' });
	await expect(answered.getByText('Direncanakan')).toBeVisible();
	await expect(answered.getByText(/Pojok tunggu anak disiapkan di dekat ruang KIA/)).toBeVisible();
});

test('a facilitator adds a facility; the kecamatan follows the desa', async ({ page }) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/fasilitas/baru');
	await waitForHydration(page);
	await page.getByLabel('Ruang Bermain Ramah Anak (RBRA)').check();
	await page.getByLabel('Nama fasilitas').fill('Taman Anak Tirta Kencana');
	await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Tirta Kencana' });
	await page.getByLabel('Dinas pengelola').selectOption({ label: 'Dinas Lingkungan Hidup' });
	await page.getByRole('button', { name: 'Tambah fasilitas' }).click();
	await expect(page.getByRole('heading', { name: 'Taman Anak Tirta Kencana' })).toBeVisible();
	await expect(page.getByText('Tirta Kencana, Kecamatan Bengkayang')).toBeVisible();
	await expect(page.getByText('Dinas Lingkungan Hidup')).toBeVisible();
});

test('an admin publishes a new checklist version; the old one stays readable', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/checklist');
	await page.getByRole('link', { name: 'versi 1' }).first().click();
	await page.getByRole('link', { name: 'Ubah dan terbitkan versi baru' }).click();
	const question = page.locator('[name="s0.i0.question.id"]');
	await question.fill('');
	await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
	await expect(page.getByRole('alert').first()).toContainText('Ada yang perlu diperbaiki');
	await expect(page.locator('#s0\\.i0\\.question\\.id-error')).toHaveText('Isi teks ini.');
	await question.fill('Apakah tempat bermain ini aman dari jalan ramai, sungai, dan kabel listrik?');
	await page.locator('[name="note"]').fill('Pertanyaan R1.1 lebih jelas');
	await page.getByRole('button', { name: 'Terbitkan versi baru' }).click();
	await expect(page.getByRole('status')).toContainText('Versi baru diterbitkan');
	await expect(
		page.getByText('Apakah tempat bermain ini aman dari jalan ramai, sungai, dan kabel listrik?')
	).toBeVisible();
	await page.goto('/admin/checklist');
	await expect(page.getByRole('link', { name: 'versi 2' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'versi 1' })).toHaveCount(2);
});

test('a Forum Anak member turns a finding into a prefilled idea', async ({ page }) => {
	const report = db.select({ id: audits.id }).from(audits).where(eq(audits.status, 'diterbitkan')).get();
	await loginAs(page, 'forum_anak');
	await page.goto(`/audit/${report?.id}`);
	// The public report writes its dates out ("28 Februari 2027"), never as 2027-02-28.
	await expect(page.getByRole('main')).toContainText(
		/\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/
	);
	await expect(page.getByRole('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
	await page.getByRole('link', { name: 'Jadikan usulan' }).first().click();
	await expect(page).toHaveURL(/\/aspirasi\/baru\?temuan=\d+/);
	await expect(page.getByText(/Usulan ini dimulai dari temuan audit/)).toBeVisible();
	await expect(page.getByLabel('Judul')).toHaveValue(/^Perbaiki /);
	await expect(page.getByLabel('Ceritakan lebih lanjut')).toHaveValue(/Dalam audit Forum Anak/);
});

test('during a new audit, the Forum Anak confirms a finding the agency marked fixed', async ({ page }) => {
	await loginAs(page, 'forum_anak');
	await page.goto('/fasilitas');
	await page.getByRole('link', { name: 'Puskesmas Bengkayang' }).click();
	await expect(page.getByText(/Kamu sedang mengaudit fasilitas ini/)).toBeVisible();
	const fixed = page.locator('article.finding').filter({ hasText: 'Sudah diperbaiki' });
	await expect(fixed.getByRole('img', { name: 'Foto setelah diperbaiki' })).toBeVisible();
	await fixed.getByLabel('Catatan (boleh kosong)').fill('Posternya sudah ada di ruang tunggu.');
	await fixed.getByRole('button', { name: 'Sudah beres' }).click();
	await expect(page.getByRole('status')).toHaveText('Terima kasih, pemeriksaanmu sudah dicatat.');
	// Done findings leave the list of findings that are not done yet.
	await expect(page.locator('article.finding').filter({ hasText: 'Sudah diperbaiki' })).toHaveCount(0);
});
