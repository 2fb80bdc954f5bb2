import { expect, test } from '@playwright/test';

test('on a phone the sign-up form fits the screen and its buttons are large enough to tap', async ({
	page
}) => {
	await page.goto('/daftar');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
	const box = await page.locator('main').getByRole('button', { name: 'Daftar' }).boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(44);
});
