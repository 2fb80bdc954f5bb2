import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures/accounts';

test('admin adds an extra insult word and "try a text" catches it, however it is spelled', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/moderasi');
	await expect(page.getByRole('heading', { name: 'Penyaringan otomatis' })).toBeVisible();

	const add = page.locator('form[action="?/add"]');
	await add.getByLabel('Daftar').selectOption({ label: 'Kata kasar' });
	await add.getByLabel('Kata atau frasa').fill('Kutukupret');
	await add.getByRole('button', { name: 'Tambah kata' }).click();
	await expect(add.getByRole('status')).toHaveText('Kata ditambahkan.');
	await expect(page.getByRole('cell', { name: 'kutukupret', exact: true })).toBeVisible();

	// The same word again is refused next to the field.
	await add.getByLabel('Kata atau frasa').fill('KUTUKUPRET');
	await add.getByRole('button', { name: 'Tambah kata' }).click();
	await expect(add.getByText('Kata ini sudah ada di daftar tambahan.')).toBeVisible();

	const tryForm = page.locator('form[action="?/try"]');
	await tryForm
		.getByLabel('Teks', { exact: true })
		.fill('Dasar kutukupr3t, lampu jalan di dusun kami mati terus.');
	await tryForm.getByRole('button', { name: 'Periksa teks' }).click();
	const result = tryForm.getByRole('status');
	await expect(result).toContainText('Perlu dicek: ada data pribadi atau kata kasar.');
	await expect(result.locator('mark', { hasText: 'kutukupr3t' })).toBeVisible();
	await expect(tryForm.getByLabel('Teks', { exact: true })).toHaveValue(
		'Dasar kutukupr3t, lampu jalan di dusun kami mati terus.'
	);

	// Removed again, the word is no longer caught.
	await page.getByRole('button', { name: 'Hapus kata kutukupret' }).click();
	await expect(page.getByText('Kata dihapus.')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'kutukupret', exact: true })).toHaveCount(0);
	await tryForm
		.getByLabel('Teks', { exact: true })
		.fill('Dasar kutukupr3t, lampu jalan di dusun kami mati terus.');
	await tryForm.getByRole('button', { name: 'Periksa teks' }).click();
	await expect(result).toContainText('Bersih: tidak ada yang ditemukan.');

	await page.goto('/admin/log?q=screening');
	await expect(page.getByRole('cell', { name: 'screening.word_add' }).first()).toBeVisible();
	await expect(page.getByRole('cell', { name: 'screening.word_remove' }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"try a text" shows a possible disclosure as a plain form post, and the shipped lists start closed', async ({
		page
	}) => {
		await loginAs(page, 'admin');
		await page.goto('/admin/moderasi');
		await expect(page.locator('details').first()).not.toHaveAttribute('open');
		await page
			.getByLabel('Teks', { exact: true })
			.fill('Om itu suka pegang-pegang aku, nomorku 0812-3456-7890');
		await page.getByRole('button', { name: 'Periksa teks' }).click();
		const result = page.locator('form[action="?/try"]').getByRole('status');
		await expect(result).toContainText('Mungkin anak disakiti');
		await expect(result.locator('mark', { hasText: 'pegang-pegang aku' })).toBeVisible();
		await expect(result.locator('mark', { hasText: '0812-3456-7890' })).toBeVisible();
		const why = result.getByRole('region', { name: 'Tiga sinyal tanda bahaya' });
		await expect(why.locator('[data-signal="words"]')).toContainText('pegang-pegang aku');
		await expect(why.locator('[data-signal="phrases"]')).toContainText('Kekerasan seksual');
		await expect(why.locator('[data-signal="classifier"]')).toContainText('di atas ambang 0,70');
	});

	test('"try a text" shows a negated mention set aside, not sent to safeguarding', async ({ page }) => {
		await loginAs(page, 'admin');
		await page.goto('/admin/moderasi');
		await page
			.getByLabel('Teks', { exact: true })
			.fill('Sejak ada program sahabat, tidak ada lagi yang dibully di kelas kami');
		await page.getByRole('button', { name: 'Periksa teks' }).click();
		const result = page.locator('form[action="?/try"]').getByRole('status');
		await expect(result).toContainText('Bersih: tidak ada yang ditemukan.');
		const why = result.getByRole('region', { name: 'Tiga sinyal tanda bahaya' });
		await expect(why.locator('[data-signal="set-aside"]')).toContainText('dibully');
		await expect(why.locator('[data-signal="phrases"]')).toHaveText('tidak menyala');
		await expect(why.locator('[data-signal="classifier"]')).toContainText('di bawah ambang 0,70');
	});
});

test('a facilitator gets a 403 page at /admin/moderasi', async ({ page }) => {
	await loginAs(page, 'fasilitator');
	const response = await page.goto('/admin/moderasi');
	expect(response?.status()).toBe(403);
});
