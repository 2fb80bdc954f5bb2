import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loginAs, signIn, waitForHydration } from './fixtures/accounts';

const PHOTO = path.resolve('scripts/demo-photos/school.webp');

async function postIdea(page: Page, title: string, photo?: Parameters<Page['setInputFiles']>[1]) {
	await page.goto('/aspirasi/baru');
	await waitForHydration(page);
	await page.getByLabel('Judul').fill(title);
	await page
		.getByLabel('Ceritakan lebih lanjut')
		.fill('Di sekolah kami tidak ada tempat cuci tangan, jadi banyak teman sakit perut setelah jajan.');
	await page.getByLabel(/Kesehatan dan kesejahteraan/).check();
	if (photo) await page.getByLabel('Foto (boleh tidak ada)').setInputFiles(photo);
	await page.getByRole('button', { name: 'Kirim aspirasi' }).click();
}

test('a child posts an idea with a photo; a facilitator publishes it; a child moves a vote to it', async ({
	page,
	browser
}) => {
	const title = `Tempat cuci tangan ${Date.now().toString(36)}`;
	await loginAs(page, 'anak', 'anak10');
	await postIdea(page, title, PHOTO);
	await expect(page.getByRole('status')).toContainText('Aspirasimu sudah terkirim');
	await expect(page.getByText('Menunggu diperiksa').first()).toBeVisible();
	const photo = page.getByRole('img', { name: `Foto untuk aspirasi: ${title}` });
	await expect(photo).toBeVisible();
	const ideaUrl = page.url().replace(/\?.*$/, '');

	// Not public yet.
	const visitor = await browser.newPage();
	expect((await visitor.goto(ideaUrl))?.status()).toBe(404);

	const facilitator = await browser.newPage();
	await loginAs(facilitator, 'fasilitator');
	await facilitator.goto('/moderasi');
	const item = facilitator.getByRole('listitem').filter({ hasText: title });
	await item.getByRole('button', { name: 'Tayangkan' }).click();
	await expect(facilitator.getByRole('status')).toHaveText('Aspirasi ditayangkan.');

	expect((await visitor.goto(ideaUrl))?.status()).toBe(200);
	await expect(visitor.getByRole('heading', { name: title })).toBeVisible();
	await expect(visitor.getByText('anak10 dari')).toBeVisible();
	await visitor.close();

	// anak11 has spent the whole budget in the demo: take one back, then support the new idea.
	const child = await browser.newPage();
	await signIn(child, 'anak11');
	await child.goto(ideaUrl);
	await expect(child.getByText(/Dukunganmu sudah habis|Dukunganmu tersisa 0/).first()).toBeVisible();
	await child.goto('/saya');
	await child.getByRole('region', { name: 'Dukunganku' }).getByRole('link').first().click();
	await expect(child).toHaveURL(/\/aspirasi\/\d+$/);
	await child.getByRole('button', { name: 'Batalkan dukungan' }).click();
	await expect(child.getByText('Dukunganmu tersisa 1 dari 5')).toBeVisible();
	await child.goto(ideaUrl);
	await child.getByRole('button', { name: 'Dukung ide ini' }).click();
	await expect(child.getByRole('heading', { name: 'Dukungan: 1' })).toBeVisible();
	await expect(child.getByText('Dukunganmu tersisa 0 dari 5')).toBeVisible();
	await child.close();
	await facilitator.close();
});

test('an unverified child sees why they cannot support, and the server refuses a forged vote', async ({
	page
}) => {
	await signIn(page, 'anak16');
	await page.goto('/aspirasi/2');
	await expect(
		page.getByText('Minta kode undangan dari fasilitator untuk bisa mendukung ide.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Dukung ide ini' })).toHaveCount(0);
	const response = await page.request.post('/aspirasi/2?/dukung', {
		form: {},
		headers: { origin: new URL(page.url()).origin, 'x-sveltekit-action': 'true' }
	});
	expect(await response.text()).toContain('Minta kode undangan');
	await page.reload();
	await expect(page.getByRole('heading', { name: /Dukungan: \d+/ })).toBeVisible();
});

test('a wrong file as photo is refused with a reason and the text is kept', async ({ page }) => {
	await loginAs(page, 'anak', 'anak12');
	const title = `Jam buka perpustakaan ${Date.now().toString(36)}`;
	await postIdea(page, title, {
		name: 'foto.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('ini bukan foto')
	});
	await expect(page.getByText('File ini bukan foto JPEG, PNG, atau WebP. Pilih foto lain.')).toBeVisible();
	await expect(page.getByLabel('Judul')).toHaveValue(title);
	await expect(page.getByLabel('Ceritakan lebih lanjut')).toHaveValue(/tempat cuci tangan/);
});

test.describe('JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('browse filters and search work as plain links', async ({ page }) => {
		await page.goto('/aspirasi');
		await waitForHydration(page);
		await page.getByText('Saring dan cari').click();
		await page.getByLabel('Cari kata').fill('jembatan');
		await page.getByRole('button', { name: 'Tampilkan' }).click();
		await expect(page).toHaveURL(/q=jembatan/);
		await expect(page.getByRole('link', { name: 'Jembatan gantung yang aman' })).toBeVisible();
		await expect(page.getByRole('status')).toHaveText('1 aspirasi');

		await page.goto('/aspirasi');
		await page.getByText('Saring dan cari').click();
		await page.getByLabel('Tentang apa?').selectOption({ label: 'Kesehatan dan kesejahteraan' });
		await page.getByLabel('Urutkan').selectOption({ label: 'Terbaru' });
		await page.getByRole('button', { name: 'Tampilkan' }).click();
		await expect(page).toHaveURL(/klaster=3/);
		await expect(page.getByRole('link', { name: 'Puskesmas buka hari Sabtu' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Jembatan gantung yang aman' })).toHaveCount(0);
	});

	test('a child posts and supports without JavaScript', async ({ page }) => {
		await loginAs(page, 'anak', 'anak13');
		const title = `Kursi taman baca ${Date.now().toString(36)}`;
		await postIdea(page, title);
		await expect(page.getByRole('status')).toContainText('Aspirasimu sudah terkirim');
		await page.goto('/saya');
		await expect(page.getByRole('link', { name: title })).toBeVisible();
	});
});

test('the author of an idea holding a golden ticket is not offered to withdraw it, and is told why', async ({
	page
}) => {
	await signIn(page, 'anak3');
	// The ticket's page links its idea (last cycle's ideas are not in the current list).
	await page.goto('/tiket-emas');
	await page.getByRole('link', { name: 'Ruang bermain ramah anak di Desa Lesabela' }).first().click();
	await page.locator('main dd a[href^="/aspirasi/"]').first().click();
	await expect(page.getByRole('heading', { name: 'Ide ini mendapat tiket emas!' })).toBeVisible();
	const yours = page.getByRole('region', { name: 'Aspirasimu' });
	await expect(yours.getByText(/sudah mendapat tiket emas dan masuk agenda perencanaan/)).toBeVisible();
	await expect(page.getByText('Tarik aspirasi')).toHaveCount(0);
});

test('the author sees what became of the golden ticket on /saya and on the idea page', async ({ page }) => {
	await signIn(page, 'anak3');
	await page.goto('/saya');
	const card = page.getByRole('listitem').filter({ hasText: 'Ruang bermain ramah anak di Desa Lesabela' });
	await expect(card.getByRole('heading', { name: 'Ide ini mendapat tiket emas!' })).toBeVisible();
	// The decision with its program, year and amount, and that it was carried out.
	await expect(card.getByText(/Pembangunan Ruang Bermain Ramah Anak \(RBRA\).*2027/)).toBeVisible();
	await expect(card.getByText(/350\.000\.000/)).toBeVisible();
	await card.getByText('Riwayat', { exact: true }).click();
	await expect(card.getByRole('heading', { name: 'Perjalanan usulan' })).toBeVisible();
	// The idea page leads to the ticket's page, which has every step.
	await card.getByRole('link', { name: 'Ruang bermain ramah anak di Desa Lesabela' }).click();
	await page.getByRole('link', { name: 'Lihat tiket emasnya' }).click();
	await expect(page.getByRole('heading', { name: 'Perjalanan usulan' })).toBeVisible();
	await expect(page.getByText(/Pembangunan Ruang Bermain Ramah Anak \(RBRA\).*2027/)).toBeVisible();
});

test('after the last vote goes in another tab, the idea page says "none left" once, with and without JavaScript', async ({
	browser
}) => {
	// anak15 (no other test signs in as it) has spent the whole budget in the demo.
	const tabs = await browser.newContext();
	const a = await tabs.newPage();
	await signIn(a, 'anak15');
	const b = await tabs.newPage();
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const c = await noJs.newPage();
	await signIn(c, 'anak15');

	/** Takes back one support right from /saya (issue 15, point 9); returns the idea's address. */
	async function takeBack(on: Page): Promise<string> {
		await on.goto('/saya');
		const mine = on.getByRole('region', { name: 'Dukunganku' });
		const first = mine.getByRole('listitem').first();
		const title = (await first.getByRole('link').textContent())!.trim();
		const href = (await first.getByRole('link').getAttribute('href'))!;
		await expect(mine.getByText('Dukunganmu tersisa 0 dari 5')).toBeVisible();
		await first.getByRole('button', { name: /^Batalkan dukungan/ }).click();
		await expect(mine.getByRole('status')).toHaveText(/Dukunganmu sudah dibatalkan/);
		await expect(mine.getByText('Dukunganmu tersisa 1 dari 5')).toBeVisible();
		await expect(mine.getByRole('link', { name: title, exact: true })).toHaveCount(0);
		return new URL(href, on.url()).href;
	}
	/** Supports some other idea, spending the last vote. */
	async function spendElsewhere(not: string) {
		await b.goto('/aspirasi');
		const links = await b
			.locator('main article h2 a')
			.evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href));
		for (const href of links) {
			if (href === not) continue;
			await b.goto(href);
			const support = b.getByRole('button', { name: 'Dukung ide ini' });
			if (!(await support.isVisible())) continue;
			await support.click();
			await expect(b.getByText('Dukunganmu tersisa 0 dari 5')).toBeVisible();
			return;
		}
		throw new Error('no idea left to support');
	}

	for (const page of [a, c]) {
		// With JavaScript in the other tab, then without it on the page itself.
		const idea = await takeBack(page === a ? b : c);
		await page.goto(idea);
		await expect(page.getByText('Dukunganmu tersisa 1 dari 5')).toBeVisible();
		await spendElsewhere(idea);
		// The stale page still offers the button; pressing it is refused.
		await page.getByRole('button', { name: 'Dukung ide ini' }).click();
		await expect(page.getByText(/^Dukunganmu sudah habis/)).toHaveCount(1);
		await expect(page.getByText(/^Dukunganmu sudah habis/)).toBeVisible();
		await expect(page.getByText('Dukunganmu tersisa 1 dari 5')).toHaveCount(0);
	}
	await noJs.close();
	await tabs.close();
});

test('each idea card says whether I support it, and a visitor sees no such mark', async ({
	page,
	browser
}) => {
	// anak12's supports are never changed by another test.
	await loginAs(page, 'anak', 'anak12');
	await page.goto('/saya');
	const title = (await page
		.getByRole('region', { name: 'Dukunganku' })
		.getByRole('link')
		.first()
		.textContent())!.trim();
	await page.goto(`/aspirasi?q=${encodeURIComponent(title)}`);
	const card = page.locator('main article').filter({ hasText: title });
	await expect(card.getByText('Kamu dukung')).toBeVisible();

	const visitor = await browser.newPage();
	await visitor.goto(`/aspirasi?q=${encodeURIComponent(title)}`);
	await expect(visitor.locator('main article').filter({ hasText: title })).toBeVisible();
	await expect(visitor.getByText('Kamu dukung')).toHaveCount(0);
	await visitor.close();
});
