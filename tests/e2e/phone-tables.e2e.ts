// Wide tables on a 390×844 phone (issue 15, point 7): the per-cycle shares on /tiket-emas and a confirmed
// cycle's golden tickets and shortlist are one card per row, and nothing scrolls sideways; on a desktop
// they stay tables. Only pages that no test changes are read here (the demo's earlier, confirmed cycle).
import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures/accounts';
import { expectCard, expectNoSidewaysScroll, PHONE } from './fixtures/phone';

const CLOSED = /Musrenbang Anak \d{4} \(RKPD \d{4}\)/;

/** The demo's cycle whose golden tickets were confirmed long ago, on the facilitator's ticket page. */
async function confirmedCycle(page: Page) {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi/tiket-emas');
	const option = page.getByLabel('Siklus').locator('option').filter({ hasText: CLOSED });
	await page.goto(`/moderasi/tiket-emas?siklus=${await option.getAttribute('value')}`);
	await expect(page.getByRole('heading', { name: /Tiket emas yang dikukuhkan/ })).toBeVisible();
}

test.describe('on a 390×844 phone', () => {
	test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

	test('the per-cycle shares on /tiket-emas are cards', async ({ page }) => {
		await page.goto('/tiket-emas');
		const shares = page.getByRole('table', { name: /Tiket emas per siklus/ });
		await expect(shares).toBeVisible();
		await expectNoSidewaysScroll(page);
		const row = shares.getByRole('row', { name: CLOSED });
		await expectCard(row, ['Tiket emas', 'Diterima', 'Sudah dikerjakan', 'Terlambat dijawab']);
		await expect(row.getByRole('link', { name: CLOSED })).toBeVisible();
	});

	test("a confirmed cycle's tickets and its shortlist are cards", async ({ page }) => {
		await confirmedCycle(page);
		await expectNoSidewaysScroll(page);
		const ticket = page.getByRole('row', { name: /Perpustakaan keliling ke desa-desa/ }).first();
		await expectCard(ticket, ['Prioritas', 'Kecamatan', 'Dukungan terverifikasi', 'Asal', 'Status']);

		await page.locator('summary', { hasText: 'Perhitungan daftar pendek' }).click();
		const line = page.getByRole('row', { name: /Perpustakaan keliling ke desa-desa/ }).last();
		await expect(line).toBeVisible();
		await expectCard(line, ['Kecamatan', 'Dukungan terverifikasi', 'Syarat tercapai pada', 'Hasil']);
		await expectNoSidewaysScroll(page);
	});
});

test('on a desktop the shares and the tickets stay tables, with their column headings', async ({ page }) => {
	await page.goto('/tiket-emas');
	await expect(page.getByRole('columnheader', { name: 'Diterima' })).toBeVisible();
	const row = page.getByRole('row', { name: CLOSED });
	const [first, second] = await row
		.locator(':scope > *')
		.evaluateAll((cells) => cells.slice(0, 2).map((c) => c.getBoundingClientRect().top));
	// Cells side by side, on one line.
	expect(Math.abs(first! - second!)).toBeLessThanOrEqual(1);

	await confirmedCycle(page);
	await expect(page.getByRole('columnheader', { name: 'Prioritas' })).toBeVisible();
});
