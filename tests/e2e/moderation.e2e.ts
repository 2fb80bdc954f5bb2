import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loginAs, waitForHydration } from './fixtures/accounts';

async function writeIdea(page: Page, title: string, body: string) {
	await page.goto('/aspirasi/baru');
	await waitForHydration(page);
	await page.getByLabel('Judul').fill(title);
	await page.getByLabel('Ceritakan lebih lanjut').fill(body);
	await page.getByLabel(/Perlindungan khusus/).check();
	await page.getByRole('button', { name: 'Kirim aspirasi' }).click();
}

test('a phone number is pointed out before sending; sent anyway, the facilitator sees it highlighted', async ({
	page,
	browser
}) => {
	const title = `Pos jaga sekolah ${Date.now().toString(36)}`;
	const body = 'Kalau bapak ibu mau bantu, telepon aku di 0813 2222 4444. Jalan ke sekolah sepi sekali.';
	await loginAs(page, 'anak', 'anak4');
	await writeIdea(page, title, body);
	await expect(page.getByText(/Kami menemukan data pribadi: 0813 2222 4444/)).toBeVisible();
	await expect(page.getByLabel('Judul')).toHaveValue(title);
	await expect(page.getByLabel('Ceritakan lebih lanjut')).toHaveValue(body);
	await page.getByLabel(/Saya sudah memeriksanya/).check();
	await page.getByRole('button', { name: 'Kirim aspirasi' }).click();
	await expect(page.getByRole('status')).toContainText('Aspirasimu sudah terkirim');

	const facilitator = await browser.newPage();
	await loginAs(facilitator, 'fasilitator');
	await facilitator.goto('/moderasi');
	const item = facilitator.getByRole('article').filter({ hasText: title });
	await expect(item.locator('mark', { hasText: '0813 2222 4444' })).toBeVisible();
	// Flagged items cannot be picked for bulk publishing.
	await expect(item.getByLabel('Pilih untuk ditayangkan sekaligus')).toHaveCount(0);
	// Nor published with one tap: the facilitator first says they read the marked words.
	await expect(item.getByLabel('Saya sudah membaca kata yang ditandai')).toBeVisible();

	// Ask for a change with a reason from the list; the child reads it and fixes the idea.
	await item.getByLabel('Alasan untuk anak').selectOption('personal_data');
	await item.getByRole('button', { name: 'Minta perbaikan' }).click();
	await expect(facilitator.getByRole('status')).toHaveText(
		'Aspirasi dikembalikan ke penulis untuk diperbaiki.'
	);
	await facilitator.close();

	await page.goto('/saya');
	const mine = page.getByRole('listitem').filter({ hasText: title });
	await expect(mine.getByText('Perlu diperbaiki').first()).toBeVisible();
	await mine.getByRole('link', { name: title }).click();
	await page.getByRole('link', { name: 'Ubah aspirasi' }).click();
	await expect(page.getByText(/Fasilitator meminta: Ada data pribadi/)).toBeVisible();
	await page
		.getByLabel('Ceritakan lebih lanjut')
		.fill('Jalan ke sekolah sepi sekali, kami ingin ada pos jaga di dekat jembatan.');
	await page
		.getByLabel('Foto (boleh tidak ada)')
		.setInputFiles(path.resolve('scripts/demo-photos/road.webp'));
	await page.getByRole('button', { name: 'Kirim ulang' }).click();
	await expect(page.getByText('Menunggu diperiksa').first()).toBeVisible();
	// The photo came with the edit; the author sees it while the idea waits.
	const photo = page.getByRole('img', { name: `Foto untuk aspirasi: ${title}` });
	await expect(photo).toBeVisible();
	await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('a disclosure of harm shows help at once and lands only in the safeguarding queue', async ({
	page,
	browser
}) => {
	const title = `Aku butuh bantuan ${Date.now().toString(36)}`;
	await loginAs(page, 'anak', 'anak5');
	await writeIdea(
		page,
		title,
		'Kakak sering memukul aku dan bilang jangan cerita ke siapa-siapa. Aku takut pulang.'
	);
	await expect(page).toHaveURL('/bantuan/segera');
	await expect(page.getByRole('heading', { name: 'Terima kasih sudah bercerita.' })).toBeVisible();
	await expect(page.getByRole('link', { name: /129/ }).first()).toBeVisible();
	// Never shown back, not even on the child's own page (phones are shared).
	await page.goto('/saya');
	await expect(page.getByText(title)).toHaveCount(0);

	const facilitator = await browser.newPage();
	await loginAs(facilitator, 'fasilitator');
	await facilitator.goto('/moderasi');
	await expect(facilitator.getByText(title)).toHaveCount(0);
	await facilitator.goto('/moderasi/perlindungan');
	await expect(facilitator.getByText(title)).toBeVisible();
	await facilitator.close();

	const visitor = await browser.newPage();
	await visitor.goto(`/aspirasi?q=${encodeURIComponent('memukul')}`);
	await expect(visitor.getByText(title)).toHaveCount(0);
	await visitor.close();
});

test('bulk publish publishes only the ticked clean ideas', async ({ page }) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi');
	const clean = page.getByRole('article').filter({ hasText: 'Tempat sampah di depan sekolah' });
	await clean.getByLabel('Pilih untuk ditayangkan sekaligus').check();
	await page.getByRole('button', { name: 'Tayangkan yang dicentang' }).click();
	await expect(page.getByRole('status')).toHaveText('1 aspirasi ditayangkan.');
	await expect(page.getByRole('article').filter({ hasText: 'Tempat sampah di depan sekolah' })).toHaveCount(
		0
	);
	await expect(page.getByRole('article').filter({ hasText: 'Lapangan futsal di dekat SMP' })).toBeVisible();
});
