import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs, signIn } from './fixtures/accounts';

const QUEUE = '/moderasi/perlindungan';
const FORBIDDEN = 'Kamu tidak punya akses';

async function newSignedIn(browser: Browser, login: string, password?: string): Promise<Page> {
	const page = await browser.newPage();
	await signIn(page, login, password);
	return page;
}

test('the help page after a disclosure is calm, public and tells nothing about the child', async ({
	page
}) => {
	const response = await page.goto('/bantuan/segera');
	expect(response?.status()).toBe(200);
	// A plain title: a shared phone's history should not tell what was written.
	await expect(page).toHaveTitle('Bantuan · Suara Anak');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terima kasih sudah bercerita.');
	const main = page.locator('main');
	await expect(main.getByText('Kamu tidak sendirian.')).toBeVisible();
	await expect(main.getByText('Tulisanmu tidak ditayangkan.')).toBeVisible();
	const help = page.getByRole('region', { name: 'Minta tolong sekarang' });
	await expect(help.getByRole('link', { name: 'Telepon SAPA 129' })).toHaveAttribute('href', 'tel:129');
	await expect(help.getByRole('link', { name: 'Dari HP: telepon 021-129' })).toHaveAttribute(
		'href',
		'tel:021129'
	);
	await expect(help.getByRole('link', { name: /WhatsApp SAPA 129/ })).toHaveAttribute(
		'href',
		'https://wa.me/628111129129'
	);
	await expect(help.getByText('UPTD PPA Kabupaten Bengkayang')).toBeVisible();
	await expect(help.getByText('Apa pun yang terjadi, itu bukan salahmu.')).toBeVisible();
	await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
	await expect(page).toHaveURL('/');
});

test.describe.serial('the safeguarding queue', () => {
	const title = `Takut pulang ${Date.now().toString(36)}`;

	test('a child who writes about being hurt sees the help page, and the post is not public', async ({
		page,
		browser
	}) => {
		await signIn(page, 'anak11');
		await page.goto('/aspirasi/baru');
		await page.getByLabel('Judul').fill(title);
		await page
			.getByLabel('Ceritakan lebih lanjut')
			.fill('Setiap malam saya dipukul bapak kalau nilai saya jelek, saya takut pulang ke rumah.');
		await page.getByLabel(/Kesehatan dan kesejahteraan/).check();
		await page.getByRole('button', { name: 'Kirim aspirasi' }).click();
		await expect(page).toHaveURL('/bantuan/segera');
		await expect(page.getByRole('heading', { name: 'Terima kasih sudah bercerita.' })).toBeVisible();

		const visitor = await browser.newPage();
		await visitor.goto(`/aspirasi?q=${encodeURIComponent(title)}`);
		await expect(visitor.getByText(title)).toHaveCount(0);
		await visitor.close();

		// Kept out of the general moderation list.
		const facilitator = await newSignedIn(browser, 'fasilitator');
		await facilitator.goto('/moderasi');
		await expect(facilitator.getByText(title)).toHaveCount(0);
		await facilitator.close();
	});

	test('an admin grants the permission to a new facilitator, who can then open the queue, and revokes it', async ({
		page,
		browser
	}) => {
		const username = `fasil.${Date.now().toString(36)}`;
		const password = 'kata-sandi-yang-panjang';
		await loginAs(page, 'admin');
		await page.goto('/admin/pengguna/baru');
		await page.getByLabel('Nama pengguna').fill(username);
		await page.getByLabel('Nama lengkap').fill('Fasilitator Baru');
		await page.getByLabel('Kata sandi').fill(password);
		await page.getByLabel('Fasilitator').check();
		await page.getByRole('button', { name: 'Buat akun' }).click();
		await expect(page.getByRole('heading', { name: username })).toBeVisible();
		await expect(page.locator('dl').getByText('Tidak', { exact: true })).toBeVisible();

		// Without the permission: 403 on every page and on a forged post, but moderation still opens.
		const facilitator = await newSignedIn(browser, username, password);
		expect((await facilitator.goto('/moderasi'))?.status()).toBe(200);
		for (const path of [QUEUE, `${QUEUE}/1`]) {
			expect((await facilitator.goto(path))?.status(), path).toBe(403);
		}
		const post = await facilitator.request.post(`${QUEUE}/1`, {
			form: { action: 'no_concern', note: 'Coba tanpa izin' },
			headers: { origin: new URL(facilitator.url()).origin }
		});
		expect(post.status()).toBe(403);

		const form = page.locator('form[action="?/safeguarding"]');
		await form.getByRole('button', { name: 'Beri izin perlindungan' }).click();
		await expect(form.getByText('Tulis alasannya (paling sedikit 3 huruf).')).toBeVisible();
		await form.getByLabel('Alasan').fill('Sudah ikut pelatihan perlindungan anak');
		await form.getByRole('button', { name: 'Beri izin perlindungan' }).click();
		await expect(form.getByRole('status')).toHaveText('Tersimpan.');
		await expect(page.locator('dl').getByText('Ya', { exact: true })).toBeVisible();
		await expect(page.getByText('Sudah ikut pelatihan perlindungan anak')).toBeVisible();
		expect((await facilitator.goto(QUEUE))?.status()).toBe(200);
		await expect(facilitator.getByRole('listitem').filter({ hasText: title })).toBeVisible();

		await form.getByLabel('Alasan').fill('Pindah tugas');
		await form.getByRole('button', { name: 'Cabut izin perlindungan' }).click();
		await expect(page.locator('dl').getByText('Tidak', { exact: true })).toBeVisible();
		expect((await facilitator.goto(QUEUE))?.status()).toBe(403);
		await facilitator.close();
	});

	test('the facilitator reads the item, follows the guidance and records what was done', async ({ page }) => {
		await loginAs(page, 'fasilitator');
		const response = await page.goto(QUEUE);
		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toBe('private, no-store');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antrean perlindungan anak');

		const item = page.getByRole('listitem').filter({ hasText: title });
		await expect(item.getByText('Menunggu tindakan')).toBeVisible();
		await expect(item.getByText(/anak11 · \d+ tahun · .+Terverifikasi/)).toBeVisible();
		await item.getByRole('link', { name: /Buka laporan #\d+/ }).click();

		await expect(page.getByText('Setiap malam saya dipukul bapak')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Yang ditandai penyaringan' })).toContainText('dipukul');
		// Which signals fired, so the facilitator can judge.
		const why = page.getByRole('region', { name: 'Tiga sinyal tanda bahaya' });
		await expect(why.locator('[data-signal="words"]')).toContainText('dipukul');
		await expect(why.locator('[data-signal="phrases"]')).toContainText('Kekerasan fisik');
		await expect(why.locator('[data-signal="phrases"]')).toContainText('Takut di rumah');
		await expect(why.locator('[data-signal="classifier"]')).toContainText('di atas ambang 0,70');
		await expect(page.getByRole('heading', { name: 'Kapan merujuk ke UPTD PPA' })).toBeVisible();
		await expect(page.getByText('Belum ada tindakan yang dicatat.')).toBeVisible();

		// "No concern" needs its reason; what was chosen stays.
		await page.getByLabel('Tidak ada kekhawatiran').check();
		await page.getByRole('button', { name: 'Simpan tindakan' }).click();
		await expect(page.getByText('Tulis catatannya: untuk pilihan ini catatan wajib.')).toBeVisible();
		await expect(page.getByLabel('Tidak ada kekhawatiran')).toBeChecked();

		await page.getByLabel('Dirujuk ke UPTD PPA').check();
		await page
			.getByRole('textbox', { name: 'Catatan' })
			.fill('Dirujuk lewat telepon, petugas UPTD PPA menerima laporan.');
		await page.getByRole('button', { name: 'Simpan tindakan' }).click();
		await expect(page.getByRole('status')).toHaveText('Tindakan tersimpan.');
		const history = page.getByRole('region', { name: 'Riwayat tindakan' });
		await expect(history.getByText('Dirujuk ke UPTD PPA')).toBeVisible();
		await expect(
			history.getByText('Dirujuk lewat telepon, petugas UPTD PPA menerima laporan.')
		).toBeVisible();
		await expect(page.getByText('Sudah ditangani').first()).toBeVisible();

		await page.goto(QUEUE);
		await expect(page.getByText(title)).toHaveCount(0);
		await page.getByRole('link', { name: 'Sudah ditangani' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: title })).toBeVisible();
	});
	test('with JavaScript off, a note is recorded and the item keeps waiting for action', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, 'fasilitator');
		await page.goto(`${QUEUE}?status=semua`);
		await page.getByRole('listitem').filter({ hasText: title }).getByRole('link').click();
		await page.getByRole('button', { name: 'Simpan tindakan' }).click();
		await expect(page.getByText('Pilih apa yang dilakukan.')).toBeVisible();
		await page.getByLabel('Catatan saja (tetap menunggu)').check();
		await page
			.getByRole('textbox', { name: 'Catatan' })
			.fill('Pendamping Forum Anak akan menemui anak di sekolah.');
		await page.getByRole('button', { name: 'Simpan tindakan' }).click();
		await expect(page.getByRole('status')).toHaveText('Tindakan tersimpan.');
		await expect(page.getByText('Pendamping Forum Anak akan menemui anak di sekolah.')).toBeVisible();
		// A note after a referral does not reopen the item.
		await expect(page.getByText('Sudah ditangani').first()).toBeVisible();
		await context.close();
	});
});

test('everyone but a facilitator with the permission gets a 403, a visitor is sent to sign in', async ({
	page,
	browser
}) => {
	await page.goto(QUEUE);
	await expect(page).toHaveURL(`/masuk?redirectTo=${encodeURIComponent(QUEUE)}`);

	for (const login of ['bappeda', 'anak1', 'admin']) {
		const other = await newSignedIn(browser, login);
		for (const path of [QUEUE, `${QUEUE}/1`]) {
			const response = await other.goto(path);
			expect(response?.status(), `${login} ${path}`).toBe(403);
			await expect(other.getByRole('heading', { name: FORBIDDEN })).toBeVisible();
		}
		await other.close();
	}
});
