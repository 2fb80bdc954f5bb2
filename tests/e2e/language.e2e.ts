import { expect, test } from '@playwright/test';

test('Bahasa Indonesia by default; the switch changes the language and it stays', async ({ page }) => {
	await page.goto('/bantuan');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { name: 'Minta tolong sekarang' })).toBeVisible();

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL('/bantuan');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Get help now' })).toBeVisible();

	// Same addresses in both languages; the choice follows to the next page.
	await page.goto('/daftar');
	await expect(page.getByRole('heading', { name: 'Sign up' })).toBeVisible();
	await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
	await expect(page.getByRole('heading', { name: 'Daftar' })).toBeVisible();
});

test.describe('with an English browser', () => {
	test.use({ locale: 'en-GB' });
	test('the first visit follows Accept-Language, error messages included', async ({ page }) => {
		await page.goto('/masuk');
		await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
		await page.getByLabel('Nickname, username or email').fill('anak1');
		await page.getByLabel('Password').fill('wrong-password');
		await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByText('Wrong name or password, or the account is not active.')).toBeVisible();
	});
});

test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('the language switch works as a plain form', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your voice matters for your village');
	});
});

test('help page shows where to get help when someone is hurt', async ({ page }) => {
	await page.goto('/bantuan');
	await expect(page.getByRole('link', { name: 'Telepon SAPA 129' })).toHaveAttribute('href', 'tel:129');
	await expect(page.getByText('08111-129-129')).toBeVisible();
	await expect(page.getByText(/UPTD PPA/)).toBeVisible();
});

test('healthz answers after a real database query', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});
