import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs, signIn, waitForHydration, type DemoRole } from './fixtures/accounts';

/** The line on /saya (the banner after entering a code says it too, but starts with “Hore!”). */
// Said as it happened (issue 15, point 14): by a code the child typed, or by a facilitator.
const VERIFIED_BY_CODE = /^Akunmu sudah diverifikasi dengan kode undangan/;
const VERIFIED_BY_HAND = /^Akunmu sudah diverifikasi fasilitator/;

/** Makes one invite code for a desa through the form and returns it as printed (XXXX-XXXX). */
async function createCode(page: Page, label: string): Promise<string> {
	await page.goto('/moderasi/verifikasi');
	await waitForHydration(page);
	const form = page.locator('form[action="?/create"]');
	await form.getByLabel('Label').fill(label);
	await form.getByLabel('Desa/kelurahan').selectOption({ label: 'Lesabela' });
	await form.getByLabel('Berapa anak boleh memakai satu kode').fill('5');
	await form.getByLabel('Jumlah kode').fill('1');
	await form.getByRole('button', { name: 'Buat kode' }).click();
	await expect(page.getByRole('status')).toContainText('1 kode undangan dibuat.');
	const row = page.getByRole('row').filter({ hasText: label });
	await expect(row).toContainText('Lesabela');
	await expect(row).toContainText('0 dari 5');
	await expect(row).toContainText('Aktif');
	const code = (await row.locator('a.font-mono').textContent())?.trim() ?? '';
	expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
	return code;
}

async function childPage(browser: Browser, nickname: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await signIn(page, nickname);
	await page.goto('/saya');
	await expect(page.getByText('Akunmu belum diverifikasi')).toBeVisible();
	await page.goto('/saya/kode');
	return { page, close: () => context.close() };
}

test('a facilitator makes and prints a code; children enter it, with and without JavaScript', async ({
	page,
	browser
}) => {
	await loginAs(page, 'fasilitator');
	const label = `SDN 3 Ledo, kelas 6 (${Date.now().toString(36)})`;
	const code = await createCode(page, label);

	await page.getByRole('link', { name: 'Cetak kode baru ini' }).click();
	await expect(page).toHaveURL(/\/moderasi\/verifikasi\/cetak\?ids=\d+/);
	const card = page.getByRole('listitem').filter({ hasText: code });
	await expect(card).toContainText(label);
	await expect(card).toContainText('Berlaku sampai');
	await expect(card).toContainText('Masuk ke Suara Anak, buka Halaman saya → Masukkan kode');
	// On paper only the cards: no site header, footer or print button.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Cetak halaman ini' })).toBeHidden();
	await expect(card).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// A wrong code: one message, and what the child typed stays in the field.
	const anak17 = await childPage(browser, 'anak17');
	const field = anak17.page.getByLabel('Kode', { exact: true });
	await field.fill('ABCD-EFGH');
	await anak17.page.getByRole('button', { name: 'Kirim kode' }).click();
	await expect(anak17.page.getByText('Kode ini tidak bisa dipakai')).toBeVisible();
	await expect(field).toHaveValue('ABCD-EFGH');
	// Case, spaces and dashes do not matter.
	await field.fill(` ${code.toLowerCase().replace('-', ' ')} `);
	await anak17.page.getByRole('button', { name: 'Kirim kode' }).click();
	await expect(anak17.page).toHaveURL('/saya?terverifikasi=1');
	await expect(anak17.page.getByRole('status')).toContainText('Akunmu sudah diverifikasi');
	await expect(anak17.page.getByText(VERIFIED_BY_CODE)).toBeVisible();
	await anak17.page.goto('/saya/kode');
	await expect(anak17.page.getByRole('status')).toContainText('Akunmu sudah diverifikasi');
	await anak17.close();

	const anak18 = await childPage(browser, 'anak18', false);
	await anak18.page.getByLabel('Kode', { exact: true }).fill('salah');
	await anak18.page.getByRole('button', { name: 'Kirim kode' }).click();
	await expect(anak18.page.getByText('Kode ini tidak bisa dipakai')).toBeVisible();
	await expect(anak18.page.getByLabel('Kode', { exact: true })).toHaveValue('salah');
	await anak18.page.getByLabel('Kode', { exact: true }).fill(code);
	await anak18.page.getByRole('button', { name: 'Kirim kode' }).click();
	await expect(anak18.page).toHaveURL('/saya?terverifikasi=1');
	await expect(anak18.page.getByText(VERIFIED_BY_CODE)).toBeVisible();
	await anak18.close();

	await page.goto('/moderasi/verifikasi');
	const row = page.getByRole('row').filter({ hasText: label });
	await expect(row).toContainText('2 dari 5');
	await row.getByRole('link', { name: code, exact: true }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'anak17' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'anak18' })).toBeVisible();
});

test('a revoked code stops working and says so in the list', async ({ page, browser }) => {
	await loginAs(page, 'fasilitator');
	const label = `Sesi desa dicabut (${Date.now().toString(36)})`;
	const code = await createCode(page, label);
	await page
		.getByRole('row')
		.filter({ hasText: label })
		.getByRole('link', { name: code, exact: true })
		.click();
	const revoke = page.locator('form[action="?/revoke"]');
	await revoke.getByRole('button', { name: 'Cabut kode' }).click();
	await expect(revoke.getByText('Tulis alasannya (paling sedikit 3 huruf).')).toBeVisible();
	await revoke.getByLabel('Alasan').fill('Kartu hilang di jalan');
	await revoke.getByRole('button', { name: 'Cabut kode' }).click();
	await expect(page.getByRole('status')).toHaveText('Kode dicabut.');
	await expect(page.locator('dl')).toContainText('Dicabut');

	const child = await childPage(browser, 'anak20');
	await child.page.getByLabel('Kode', { exact: true }).fill(code);
	await child.page.getByRole('button', { name: 'Kirim kode' }).click();
	await expect(child.page.getByText('Kode ini tidak bisa dipakai')).toBeVisible();
	await child.close();
});

test('a facilitator verifies a child by hand with a reason', async ({ page, browser }) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi/verifikasi/anak');
	// Typed before hydration, the search could be reset by it.
	await waitForHydration(page);
	await page.getByRole('searchbox', { name: 'Cari' }).fill('anak19');
	await page.getByRole('button', { name: 'Cari' }).click();
	// The unfiltered list shows anak19 too: wait for the search, or its link drops the filter.
	await expect(page).toHaveURL(/q=anak19/);
	const row = page.getByRole('row').filter({ hasText: 'anak19' });
	await expect(row).toContainText('Belum');
	await row.getByRole('link', { name: 'Verifikasi anak19' }).click();

	const form = page.locator('#tangan');
	await expect(form.getByRole('heading', { name: 'Verifikasi anak19' })).toBeVisible();
	await form.getByRole('button', { name: 'Verifikasi' }).click();
	await expect(form.getByText('Tulis alasannya (paling sedikit 3 huruf).')).toBeVisible();
	await form.getByLabel('Alasan').fill('Bertemu langsung di sesi Forum Anak desa');
	await form.getByRole('button', { name: 'Verifikasi' }).click();
	await expect(page.getByRole('status')).toHaveText('anak19 sudah diverifikasi.');
	await expect(page).toHaveURL(/q=anak19/);
	await expect(page.getByRole('row').filter({ hasText: 'anak19' })).toContainText(
		'Langsung oleh fasilitator'
	);
	// The form now offers the way back.
	await expect(
		page.locator('#tangan').getByRole('heading', { name: 'Batalkan verifikasi anak19' })
	).toBeVisible();

	const child = await browser.newPage();
	await signIn(child, 'anak19');
	await child.goto('/saya');
	await expect(child.getByText(VERIFIED_BY_HAND)).toBeVisible();
	await child.close();
});

const OUTSIDERS: DemoRole[] = ['anak', 'bappeda'];
for (const role of OUTSIDERS) {
	test(`${role} gets a 403 page on the verification pages`, async ({ page }) => {
		await loginAs(page, role);
		for (const path of [
			'/moderasi/verifikasi',
			'/moderasi/verifikasi/anak',
			'/moderasi/verifikasi/cetak?ids=1'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
			await expect(page.getByRole('heading', { name: 'Kamu tidak punya akses' })).toBeVisible();
		}
	});
}

test('staff cannot open the page where children enter a code', async ({ page }) => {
	await loginAs(page, 'fasilitator');
	const response = await page.goto('/saya/kode');
	expect(response?.status()).toBe(403);
});
