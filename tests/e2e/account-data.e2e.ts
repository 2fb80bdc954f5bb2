import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signIn, uniqueNickname } from './fixtures/accounts';
import { RegisterPage } from './pages/register';

const PASSWORD = 'rahasia-kita';
const year = String(new Date().getFullYear() - 12);

async function registerChild(page: Page, nickname: string) {
	const register = new RegisterPage(page);
	await register.open();
	await register.fill({
		nickname,
		password: PASSWORD,
		month: 'Maret',
		year,
		desa: 'Sungai Duri',
		consent: true
	});
	await register.submit();
	await expect(page).toHaveURL(/\/saya/);
}

test('a child downloads their data, deletes the account, cannot sign in, and the nickname is free again', async ({
	page
}) => {
	const nickname = uniqueNickname('hapus');
	await registerChild(page, nickname);
	// No notifications yet: the bell has no count.
	await expect(
		page.getByRole('banner').getByRole('link', { name: 'Pemberitahuan', exact: true })
	).toBeVisible();

	await page.goto('/saya/data');
	await expect(page.getByRole('heading', { name: 'Unduh dataku' })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Unduh dataku (JSON)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		new RegExp(`^suara-anak-${nickname}-\\d{4}-\\d\\d-\\d\\d\\.json$`)
	);
	const data = JSON.parse(await fs.readFile((await download.path())!, 'utf8'));
	expect(data.account).toMatchObject({
		nickname,
		roles: ['anak'],
		birthMonth: 3,
		birthYear: Number(year),
		desa: { name: 'Sungai Duri' },
		verification: { verified: false }
	});
	expect(data.ideas).toEqual([]);
	expect(data.votes).toEqual([]);

	// Never cached: it is personal data.
	const response = await page.request.get('/saya/data/unduh');
	expect(response.headers()['cache-control']).toMatch(/\bno-store\b/);
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="suara-anak-/);

	await page.goto('/saya/hapus');
	await expect(page.getByRole('heading', { name: 'Hapus akunku' })).toBeVisible();
	await expect(page.getByText('Yang tetap ada')).toBeVisible();
	const confirm = page.getByLabel(`Ketik nama panggilanmu untuk memastikan: ${nickname}`);
	const button = page.getByRole('button', { name: 'Hapus akunku selamanya' });

	await confirm.fill(`${nickname}x`);
	await button.click();
	await expect(page.getByText('Yang kamu ketik tidak sama dengan nama panggilanmu.')).toBeVisible();
	await expect(confirm).toHaveValue('');
	await expect(page).toHaveURL(/\/saya\/hapus/);

	await confirm.fill(nickname.toUpperCase());
	await button.click();
	await expect(page).toHaveURL(/\/\?akun-dihapus=1$/);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Masuk' })).toBeVisible();
	await page.goto('/saya');
	await expect(page).toHaveURL(/\/masuk\?redirectTo=/);

	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill(nickname);
	await page.getByLabel('Kata sandi').fill(PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByText('Nama atau kata sandi salah, atau akun tidak aktif.')).toBeVisible();

	// The old row no longer holds the nickname, so a new account may take it.
	await registerChild(page, nickname);
	await expect(page.getByRole('heading', { name: `Halo, ${nickname}!` })).toBeVisible();
});

test('a staff account is not offered self-deletion', async ({ page }) => {
	await signIn(page, 'bappeda');
	await page.goto('/saya/hapus');
	await expect(page.getByText('Akun petugas tidak bisa dihapus di sini.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Hapus akunku selamanya' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the bell counts unread notifications and marking them read works as a plain form', async ({
		page
	}) => {
		await signIn(page, 'anak1');
		const bell = page.getByRole('banner').getByRole('link', { name: /^Pemberitahuan, \d+ belum dibaca$/ });
		await expect(bell).toBeVisible();
		const unread = Number((await bell.getAttribute('aria-label'))!.match(/\d+/)![0]);
		expect(unread).toBeGreaterThan(0);

		await bell.click();
		await expect(page).toHaveURL(/\/saya\/notifikasi$/);
		await expect(page.getByRole('heading', { name: 'Pemberitahuan' })).toBeVisible();
		await expect(page.getByText('Idemu sudah terbit!').first()).toBeVisible();
		// Opening the page marks nothing as read.
		await page.reload();
		await expect(page.getByText('Baru', { exact: true })).toHaveCount(unread);

		await page.getByRole('button', { name: 'Sudah dibaca', exact: true }).first().click();
		await expect(page.getByText('Baru', { exact: true })).toHaveCount(unread - 1);
		if (unread > 1) {
			await expect(
				page.getByRole('banner').getByRole('link', { name: `Pemberitahuan, ${unread - 1} belum dibaca` })
			).toBeVisible();
		}
		await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
		await expect(page.getByText('Baru', { exact: true })).toHaveCount(0);
		await expect(
			page.getByRole('banner').getByRole('link', { name: 'Pemberitahuan', exact: true })
		).toBeVisible();
	});
});
