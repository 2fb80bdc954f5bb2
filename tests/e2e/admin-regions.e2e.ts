import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures/accounts';

const csv = (text: string, name = 'wilayah.csv') => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text)
});

test.describe('region import', () => {
	test.beforeEach(async ({ page }) => {
		await loginAs(page, 'admin');
		await page.goto('/admin/wilayah');
	});

	test('a file with bad rows shows each problem and writes nothing', async ({ page }) => {
		await page
			.getByLabel('File CSV wilayah')
			.setInputFiles(
				csv(
					[
						'code,name,level,parent_code',
						'61.07.99,Kecamatan Baru,kecamatan,61.07',
						'61.07.99.2001,Desa Baru,desa,61.07.99',
						'61.07.98.2001,Desa Yatim,desa,61.07.98',
						'61.07.97,Tanpa Level,kota,61.07'
					].join('\n')
				)
			);
		await page.getByRole('button', { name: 'Periksa file' }).click();
		await expect(page.getByRole('alert')).toContainText('2 baris bermasalah');
		await expect(page.getByRole('cell', { name: 'Induk (parent_code) tidak ditemukan.' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Level tidak dikenal.' })).toBeVisible();
		await expect(page.getByRole('button', { name: /Simpan .* wilayah/ })).toHaveCount(0);
		await page.goto('/admin/wilayah');
		await expect(page.getByText('17 kecamatan, 121 desa, 2 kelurahan')).toBeVisible();
	});

	test('a wrong file type and a wrong header are refused with a reason', async ({ page }) => {
		await page
			.getByLabel('File CSV wilayah')
			.setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('png') });
		await page.getByRole('button', { name: 'Periksa file' }).click();
		await expect(page.getByText('File harus berformat CSV (.csv).')).toBeVisible();

		await page.getByLabel('File CSV wilayah').setInputFiles(csv('kode,nama\n1,2'));
		await page.getByRole('button', { name: 'Periksa file' }).click();
		await expect(page.getByRole('alert')).toContainText('Baris pertama harus: code,name,level,parent_code');
	});

	test('a good file is previewed, then saved', async ({ page, browser }) => {
		await page
			.getByLabel('File CSV wilayah')
			.setInputFiles(
				csv(
					[
						'code,name,level,parent_code',
						'61.07.99,Kecamatan Uji,kecamatan,61.07',
						'61.07.99.2001,"Desa Uji, Satu",desa,61.07.99'
					].join('\r\n')
				)
			);
		await page.getByRole('button', { name: 'Periksa file' }).click();
		await expect(page.getByText('2 baris benar: 2 baru, 0 berubah.')).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Desa Uji, Satu' })).toBeVisible();
		await page.getByRole('button', { name: 'Simpan 2 wilayah' }).click();
		await expect(page.getByRole('status')).toHaveText('2 wilayah tersimpan.');
		await expect(page.getByText('18 kecamatan, 122 desa, 2 kelurahan')).toBeVisible();

		// The new desa can be chosen at sign-up.
		const visitor = await browser.newPage();
		await visitor.goto('/daftar');
		await expect(
			visitor.getByLabel('Desa/kelurahan').locator('option', { hasText: 'Desa Uji, Satu' })
		).toHaveCount(1);
		await visitor.close();
	});
});
