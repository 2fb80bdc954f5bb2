import { expect, test } from '@playwright/test';
import { signIn, uniqueNickname } from './fixtures/accounts';
import { RegisterPage } from './pages/register';

const year = String(new Date().getFullYear() - 12);

test('a child registers, signs out and signs back in', async ({ page }) => {
	const nickname = uniqueNickname('bintang');
	const register = new RegisterPage(page);
	await register.open();
	await register.fill({
		nickname,
		password: 'rahasia-kita',
		month: 'Maret',
		year,
		desa: 'Sungai Duri',
		consent: true
	});
	await register.submit();

	await expect(page).toHaveURL(/\/saya/);
	await expect(page.getByRole('status')).toContainText(`Selamat datang di Suara Anak, ${nickname}!`);
	await expect(page.getByText('Sungai Duri')).toBeVisible();
	await expect(page.getByText('Akunmu belum diverifikasi')).toBeVisible();

	await page.getByRole('button', { name: 'Keluar' }).click();
	await expect(page.getByRole('banner').getByRole('link', { name: 'Masuk' })).toBeVisible();
	await page.goto('/saya');
	await expect(page).toHaveURL(/\/masuk\?redirectTo=%2Fsaya/);

	// The nickname is case-insensitive at sign-in.
	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill(nickname.toUpperCase());
	await page.getByLabel('Kata sandi').fill('rahasia-kita');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page).toHaveURL(/\/saya$/);
	await expect(page.getByRole('heading', { name: `Halo, ${nickname}!` })).toBeVisible();
});

test('a wrong password gets one message that does not say whether the account exists', async ({ page }) => {
	await page.goto('/masuk');
	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill('anak2');
	await page.getByLabel('Kata sandi').fill('bukan-sandinya');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	const message = 'Nama atau kata sandi salah, atau akun tidak aktif.';
	await expect(page.getByText(message)).toBeVisible();
	await expect(page.getByLabel('Nama panggilan, nama pengguna, atau email')).toHaveValue('anak2');
	await expect(page.getByLabel('Kata sandi')).toHaveValue('');

	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill('tidak-ada-akun-ini');
	await page.getByLabel('Kata sandi').fill('bukan-sandinya');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByText(message)).toBeVisible();
});

test('a forged redirectTo is not followed after sign-in', async ({ page }) => {
	await page.goto('/masuk?redirectTo=//evil.example/phish');
	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill('anak3');
	await page.getByLabel('Kata sandi').fill('suaraanak-demo');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page).toHaveURL(new URL('/', page.url()).href);
});

test('a tampered session cookie signs nobody in and is cleared', async ({ page, context }) => {
	await signIn(page, 'anak4');
	// Leave the site first, so no request still in flight sets the good cookie again.
	await page.goto('about:blank');
	const cookies = await context.cookies();
	const session = cookies.find((c) => c.name === 'session');
	expect(session?.httpOnly).toBe(true);
	expect(session?.sameSite).toBe('Lax');
	await context.addCookies([{ ...session!, value: session!.value.slice(0, -2) + 'zz' }]);
	await page.goto('/saya');
	await expect(page).toHaveURL(/\/masuk\?redirectTo=/);
	expect((await context.cookies()).find((c) => c.name === 'session')).toBeUndefined();
});

test.describe('JavaScript off, so every try is one full request', () => {
	test.use({ javaScriptEnabled: false });

	test('after five wrong passwords for a name, sign-in waits fifteen minutes, for any name alike', async ({
		page
	}) => {
		const name = `tebak-${Date.now().toString(36)}`;
		await page.goto('/masuk');
		for (let i = 0; i < 5; i++) {
			await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill(name);
			await page.getByLabel('Kata sandi').fill(`salah-${i}-sandi`);
			await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
			await expect(page.getByText('Nama atau kata sandi salah')).toBeVisible();
		}
		await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill(name);
		await page.getByLabel('Kata sandi').fill('salah-lagi-sandi');
		await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
		await expect(page.getByText(/Terlalu banyak percobaan masuk yang salah/)).toBeVisible();
	});
});
