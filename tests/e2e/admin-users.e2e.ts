import { expect, test } from '@playwright/test';
import { loginAs, signIn } from './fixtures/accounts';

test('admin grants Forum Anak to a child with a reason, and it shows in the log', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/pengguna');
	await page.getByRole('searchbox', { name: 'Cari' }).fill('anak7');
	await page.getByRole('button', { name: 'Cari' }).click();
	await page.getByRole('link', { name: 'anak7', exact: true }).click();

	const grant = page.locator('form[action="?/grant"]');
	await grant.getByLabel('Peran').selectOption({ label: 'Forum Anak' });
	await grant.getByRole('button', { name: 'Beri peran' }).click();
	await expect(grant.getByText('Tulis alasannya (paling sedikit 3 huruf).')).toBeVisible();
	await grant.getByLabel('Alasan').fill('Terpilih di Forum Anak Kecamatan Ledo');
	await grant.getByRole('button', { name: 'Beri peran' }).click();
	await expect(grant.getByRole('status')).toHaveText('Tersimpan.');
	await page.reload();
	await expect(page.locator('dl').getByText('Forum Anak', { exact: true })).toBeVisible();
	await expect(page.getByText('Terpilih di Forum Anak Kecamatan Ledo')).toBeVisible();

	await page.goto('/admin/log?q=anak7');
	await expect(page.getByRole('cell', { name: 'Terpilih di Forum Anak Kecamatan Ledo' })).toBeVisible();
});

test('a reset code lets a child choose a new password once', async ({ page, browser }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/pengguna?q=anak8');
	await page.getByRole('link', { name: 'anak8', exact: true }).click();
	const reset = page.locator('form[action="?/resetCode"]');
	await reset.getByLabel('Alasan').fill('Lupa kata sandi, datang ke sesi desa');
	await reset.getByRole('button', { name: 'Kode atur ulang kata sandi' }).click();
	const status = await reset.getByRole('status').textContent();
	const code = status?.match(/[A-Z2-7]{5}-[A-Z2-7]{5}/)?.[0];
	expect(code).toBeTruthy();

	const child = await browser.newPage();
	await child.goto('/masuk/reset');
	await child.getByLabel('Nama panggilan, nama pengguna, atau email').fill('anak8');
	await child.getByLabel('Kode').fill(code!.toLowerCase());
	await child.getByLabel('Kata sandi baru').fill('sandi-baru-anak8');
	await child.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
	await expect(child.getByRole('status')).toContainText('Kata sandimu sudah diganti');
	await signIn(child, 'anak8', 'sandi-baru-anak8');
	await expect(child).toHaveURL('/');

	// Single use.
	await child.goto('/masuk/reset');
	await child.getByLabel('Nama panggilan, nama pengguna, atau email').fill('anak8');
	await child.getByLabel('Kode').fill(code!);
	await child.getByLabel('Kata sandi baru').fill('sandi-lain-lagi');
	await child.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
	await expect(child.getByText('Kode tidak cocok atau sudah tidak berlaku.', { exact: false })).toBeVisible();
	await expect(child.getByLabel('Kode')).toHaveValue(code!);
	await child.close();
});

test('deactivating an account ends its sessions at once', async ({ page, browser }) => {
	const child = await browser.newPage();
	await signIn(child, 'anak9');
	await child.goto('/saya');
	await expect(child.getByRole('heading', { name: 'Halo, anak9!' })).toBeVisible();

	await loginAs(page, 'admin');
	await page.goto('/admin/pengguna?q=anak9');
	await page.getByRole('link', { name: 'anak9', exact: true }).click();
	const status = page.locator('form[action="?/deactivate"]');
	await status.getByLabel('Alasan').fill('Permintaan orang tua');
	await status.getByRole('button', { name: 'Nonaktifkan akun' }).click();
	await expect(page.getByRole('status')).toHaveText('Tersimpan.');
	await expect(page.locator('dl').getByText('Nonaktif', { exact: true })).toBeVisible();

	await child.goto('/saya');
	await expect(child).toHaveURL(/\/masuk\?redirectTo=/);
	await child.getByLabel('Nama panggilan, nama pengguna, atau email').fill('anak9');
	await child.getByLabel('Kata sandi').fill('suaraanak-demo');
	await child.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(child.getByText('Nama atau kata sandi salah, atau akun tidak aktif.')).toBeVisible();
	await child.close();
});

test('admin creates a staff account; a short password is refused and the rest is kept', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/pengguna/baru');
	await page.getByLabel('Nama pengguna').fill('fasil.ledo');
	await page.getByLabel('Nama lengkap').fill('Maria Fasilitator');
	await page.getByLabel('Kata sandi').fill('pendek123');
	await page.getByLabel('Fasilitator').check();
	await page.getByRole('button', { name: 'Buat akun' }).click();
	await expect(page.getByText('Kata sandi petugas paling sedikit 12 karakter.')).toBeVisible();
	await expect(page.getByLabel('Nama pengguna')).toHaveValue('fasil.ledo');
	await expect(page.getByLabel('Kata sandi')).toHaveValue('');

	await page.getByLabel('Kata sandi').fill('kata-sandi-yang-panjang');
	await page.getByRole('button', { name: 'Buat akun' }).click();
	await expect(page.getByRole('heading', { name: 'fasil.ledo' })).toBeVisible();
	await expect(page.locator('dl').getByText('Fasilitator', { exact: true })).toBeVisible();
});
