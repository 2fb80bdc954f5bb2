// Photos on a phone: the idea list fetches each photo's small square copy, never the stored photo,
// and an idea's page its 800 px copy. Measured from the responses the browser actually received.
import { devices, expect, test, type Page, type Response } from '@playwright/test';

const { defaultBrowserType: _browser, ...phone } = devices['Pixel 5'];
test.use(phone);

/** Every photo the page fetched, with its transferred size, once the lazy images are loaded. */
async function photosOf(page: Page, url: string) {
	const photos: { name: string; bytes: number }[] = [];
	const seen: Promise<void>[] = [];
	page.on('response', (res: Response) => {
		const match = /\/foto\/([^/?]+)$/.exec(new URL(res.url()).pathname);
		if (match) seen.push(res.body().then((b) => void photos.push({ name: match[1]!, bytes: b.length })));
	});
	await page.goto(url);
	const images = page.locator('main img');
	await expect(images.first()).toBeVisible();
	// Lazy images load as they come into view: bring each one there and wait until it is decoded.
	for (const img of await images.all()) {
		await img.scrollIntoViewIfNeeded();
		await expect(img).toHaveJSProperty('complete', true);
		expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
	}
	await Promise.all(seen);
	return photos;
}

test('the idea list fetches small copies only: a page of photos costs tens of kilobytes', async ({
	page
}) => {
	const photos = await photosOf(page, '/aspirasi');
	expect(photos.length).toBeGreaterThan(0);
	for (const p of photos) expect(p.name).toMatch(/^[0-9a-f]{32}-(96|192)\.webp$/);
	const total = photos.reduce((sum, p) => sum + p.bytes, 0);
	// A 192 px copy is a few kilobytes; twenty of them stay well under the size of one stored photo.
	expect(total / photos.length).toBeLessThan(15_000);
});

test("an idea's page shows the 800 px copy of its photo", async ({ page }) => {
	await page.goto('/aspirasi');
	const withPhoto = page
		.locator('main article')
		.filter({ has: page.locator('img') })
		.first();
	const href = await withPhoto.getByRole('heading').getByRole('link').getAttribute('href');
	const photos = await photosOf(page, href!);
	expect(photos.map((p) => p.name)).toEqual([expect.stringMatching(/^[0-9a-f]{32}-800\.webp$/)]);
});
