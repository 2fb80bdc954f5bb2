import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './fixtures/accounts';

// Demo data: "Lampu jalan menuju SD di Sungai Duri" lies in desa Sungai Duri (kecamatan Sungai Raya);
// "Puskesmas buka hari Sabtu" is an idea for kecamatan Ledo, whose desa include Lesabela.
const SUNGAI_DURI_IDEA = 'Lampu jalan menuju SD di Sungai Duri';
const LEDO_IDEA = 'Puskesmas buka hari Sabtu';

// Every kecamatan gets its group; another test may import one meanwhile, so count the kecamatan list.
async function expectEveryKecamatanGroup(page: Page) {
	const desa = page.getByLabel('Desa/kelurahan');
	const kecamatan = page.getByLabel('Kecamatan', { exact: true });
	const count = (await kecamatan.locator('option').count()) - 1;
	expect(count).toBeGreaterThanOrEqual(17);
	await expect(desa.locator('optgroup')).toHaveCount(count);
}

async function openFilters(page: Page, url = '/aspirasi') {
	await page.goto(url);
	await waitForHydration(page);
	const details = page.locator('details', { hasText: 'Saring dan cari' });
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await page.getByText('Saring dan cari').click();
	}
	return {
		kecamatan: page.getByLabel('Kecamatan', { exact: true }),
		desa: page.getByLabel('Desa/kelurahan')
	};
}

test("with JavaScript the desa filter offers only the chosen kecamatan's desa", async ({ page }) => {
	const { kecamatan, desa } = await openFilters(page);
	await expectEveryKecamatanGroup(page);
	// A desa of another kecamatan is cleared when the kecamatan changes.
	await desa.selectOption({ label: 'Lesabela' });
	await kecamatan.selectOption({ label: 'Sungai Raya' });
	await expect(desa.locator('optgroup')).toHaveCount(1);
	await expect(desa.locator('optgroup')).toHaveAttribute('label', 'Kecamatan Sungai Raya');
	await expect(desa.locator('option', { hasText: 'Sungai Duri' })).toHaveCount(1);
	await expect(desa.locator('option', { hasText: 'Lesabela' })).toHaveCount(0);
	await expect(desa.locator('option:checked')).toHaveText('Semua');

	await desa.selectOption({ label: 'Sungai Duri' });
	await page.getByRole('button', { name: 'Tampilkan' }).click();
	await expect(page).toHaveURL(/desa=61\.07\.01\.2001/);
	await expect(page.getByRole('link', { name: SUNGAI_DURI_IDEA })).toBeVisible();
	await expect(page.getByRole('link', { name: LEDO_IDEA })).toHaveCount(0);
	// Back to every kecamatan: every desa again.
	await kecamatan.selectOption({ label: 'Semua' });
	await expectEveryKecamatanGroup(page);
});

test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the desa filter groups every desa under its kecamatan', async ({ page }) => {
		const { kecamatan, desa } = await openFilters(page);
		await expectEveryKecamatanGroup(page);
		await expect(
			desa.locator('optgroup[label="Kecamatan Ledo"] option', { hasText: 'Lesabela' })
		).toHaveCount(1);
		await expect(
			desa.locator('optgroup[label="Kecamatan Sungai Raya"] option', { hasText: 'Sungai Duri' })
		).toHaveCount(1);
		// Changing only the kecamatan leaves a desa of another one chosen: the kecamatan decides.
		await kecamatan.selectOption({ label: 'Ledo' });
		await desa.selectOption({ label: 'Sungai Duri' });
		await page.getByRole('button', { name: 'Tampilkan' }).click();
		await expect(page).toHaveURL(/kecamatan=61\.07\.03/);
		await expect(page.getByRole('link', { name: LEDO_IDEA })).toBeVisible();
		await expect(page.getByRole('link', { name: SUNGAI_DURI_IDEA })).toHaveCount(0);
		await expect(page.getByLabel('Desa/kelurahan').locator('option:checked')).toHaveText('Semua');
		await expectEveryKecamatanGroup(page);
	});
});
