import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { expect, test, type Page } from '@playwright/test';
import { loginAs, signIn, uniqueNickname } from './fixtures/accounts';
import { RegisterPage } from './pages/register';

/** What the authenticator app would show `stepsAhead` 30-second steps from now. */
function appCode(secretText: string, stepsAhead = 0): string {
	const secret = decodeBase32IgnorePadding(secretText.replace(/\s/g, ''));
	const step = Math.floor(Date.now() / 30_000) + stepsAhead;
	return generateHOTP(secret, BigInt(step), 6);
}

async function signOut(page: Page) {
	await page.getByRole('button', { name: 'Keluar' }).click();
	await expect(page.getByRole('banner').getByRole('link', { name: 'Masuk' })).toBeVisible();
}

async function typePassword(page: Page, login: string, password: string, redirectTo: string) {
	await page.goto(`/masuk?redirectTo=${encodeURIComponent(redirectTo)}`);
	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill(login);
	await page.getByLabel('Kata sandi').fill(password);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
}

/** A facilitator account of its own, so no other test meets its second factor. */
async function newFacilitator(page: Page): Promise<{ username: string; password: string }> {
	const username = `fasil.${Date.now().toString(36)}`;
	const password = 'kata-sandi-staf-panjang';
	await loginAs(page, 'admin');
	await page.goto('/admin/pengguna/baru');
	await page.getByLabel('Nama pengguna').fill(username);
	await page.getByLabel('Nama lengkap').fill('Fasilitator Dua Langkah');
	await page.getByLabel('Kata sandi').fill(password);
	await page.getByLabel('Fasilitator').check();
	await page.getByRole('button', { name: 'Buat akun' }).click();
	await expect(page.getByRole('heading', { name: username })).toBeVisible();
	await signOut(page);
	return { username, password };
}

test('a staff member turns on the second factor and signs in with a code from the app', async ({ page }) => {
	const staff = await newFacilitator(page);
	await signIn(page, staff.username, staff.password);
	await page.goto('/akun/keamanan');
	await expect(page.getByRole('heading', { name: 'Keamanan akun' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' })).toBeVisible();
	const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
	expect(secret).toMatch(/^[A-Z2-7 ]{32,}$/);

	// A wrong code keeps it off, with the reason next to the field.
	await page.getByLabel('Kode dari aplikasi').fill(appCode(secret, -10));
	await page.getByRole('button', { name: 'Aktifkan' }).click();
	await expect(page.getByText('Kode salah atau sudah dipakai.')).toBeVisible();

	await page.getByLabel('Kode dari aplikasi').fill(appCode(secret));
	await page.getByRole('button', { name: 'Aktifkan' }).click();
	await expect(page.getByRole('status')).toContainText('Verifikasi dua langkah sudah aktif');
	await signOut(page);

	// The password alone opens nothing: the code page only.
	await typePassword(page, staff.username, staff.password, '/moderasi');
	await expect(page).toHaveURL(/\/masuk\/kode\?redirectTo=%2Fmoderasi$/);
	await expect(page.getByRole('heading', { name: 'Masukkan kode' })).toBeVisible();
	await page.goto('/moderasi');
	await expect(page).toHaveURL(/\/masuk\?redirectTo=%2Fmoderasi/);
	await page.goto('/masuk/kode?redirectTo=%2Fmoderasi');

	await page.getByLabel('Kode dari aplikasi').fill('000000');
	await page.getByRole('button', { name: 'Lanjut' }).click();
	await expect(page.getByText('Kode salah atau sudah dipakai.')).toBeVisible();
	// The next code: the one that turned it on works only once.
	await page.getByLabel('Kode dari aplikasi').fill(appCode(secret, 1));
	await page.getByRole('button', { name: 'Lanjut' }).click();
	await expect(page).toHaveURL(/\/moderasi$/);

	// Turning it off takes the password (or a code).
	await page.goto('/akun/keamanan');
	await page.getByLabel('Kata sandi atau kode').fill('bukan-sandinya-sama-sekali');
	await page.getByRole('button', { name: 'Matikan' }).click();
	await expect(page.getByText('Kata sandi atau kode salah.')).toBeVisible();
	await page.getByLabel('Kata sandi atau kode').fill(staff.password);
	await page.getByRole('button', { name: 'Matikan' }).click();
	await expect(page.getByRole('status')).toContainText('Verifikasi dua langkah dimatikan');
});

test('after ten wrong invite codes a child is told to wait, and when', async ({ page }) => {
	// A child of its own: the demo children verify with codes in other tests.
	await new RegisterPage(page).registerChild(uniqueNickname('tebakkode'), 'rahasia-kita');
	await page.goto('/saya/kode');
	// One request per try: wait for each answer before typing the next code.
	const submit = async (code: string) => {
		await page.getByLabel('Kode', { exact: true }).fill(code);
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/saya/kode')),
			page.getByRole('button', { name: 'Kirim kode' }).click()
		]);
	};
	for (let i = 0; i < 10; i++) {
		await submit(`ZZZZ-ZZ${'ABCDEFGHJK'[i]}${'ABCDEFGHJK'[i]}`);
		await expect(page.getByText('Kode ini tidak bisa dipakai')).toBeVisible();
	}
	await submit('ANAK-2345');
	await expect(
		page.getByText(/Terlalu sering dalam waktu singkat\. Coba lagi dalam \d+ menit\./)
	).toBeVisible();
	// What was typed stays.
	await expect(page.getByLabel('Kode', { exact: true })).toHaveValue('ANAK-2345');
});

test('thirty sign-ins sent at once for one nickname check no more passwords than five one at a time', async ({
	page,
	request,
	baseURL
}) => {
	const nickname = uniqueNickname('serbu');
	const password = 'rahasia-kita-semua';
	await new RegisterPage(page).registerChild(nickname, password);
	await signOut(page);

	// The sign-in form posted thirty times at once, as a script would (no JavaScript, no cookies).
	const answers = await Promise.all(
		Array.from({ length: 30 }, (_, i) =>
			request.post('/masuk', {
				form: { login: nickname, password: `salah-${i}-sandi` },
				headers: { origin: new URL(baseURL ?? '').origin, accept: 'text/html' },
				maxRedirects: 0
			})
		)
	);
	const statuses = answers.map((a) => a.status());
	// Five were checked and found wrong; the other 25 were refused unchecked.
	expect(statuses.filter((s) => s === 400)).toHaveLength(5);
	expect(statuses.filter((s) => s === 429)).toHaveLength(25);

	// The right password now waits too, and the page says so.
	await typePassword(page, nickname, password, '/saya');
	await expect(page.getByText(/Terlalu banyak percobaan masuk yang salah/)).toBeVisible();
});
