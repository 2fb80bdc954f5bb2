import { expect, test } from '@playwright/test';
import { loginAs, signIn, waitForHydration } from './fixtures/accounts';
import { expectCard, expectNoSidewaysScroll, expectTappable, PHONE } from './fixtures/phone';

// The demo (scripts/demo-tickets.ts) has a cycle whose voting closed with its golden tickets still to be
// chosen, and an earlier closed cycle whose tickets were confirmed and sent to the planning agency.
const PENDING = /Musrenbang Anak APBD Perubahan/;
const CLOSED = /Musrenbang Anak \d{4} \(RKPD \d{4}\)/;
const SKIPPED = 'Kelas menari dan musik daerah di Teriak';
const WINNER = 'Jembatan penyeberangan sungai di Seluas';
const REASON = 'Dinas sudah menganggarkan sanggar tari di Teriak tahun ini.';

test.describe.configure({ mode: 'serial' });

// Before the shortlist is confirmed below: a phone shows it as cards, and Kukuhkan only asks.
test.describe('on a 390×844 phone', () => {
	test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

	test('the shortlist is one card per idea with nothing to scroll sideways; Kukuhkan asks, and Batal confirms nothing', async ({
		page
	}) => {
		await loginAs(page, 'fasilitator');
		await page.goto('/moderasi/tiket-emas');
		await expect(page.getByRole('heading', { name: PENDING })).toBeVisible();
		await waitForHydration(page);
		await expectNoSidewaysScroll(page);

		const row = page.getByRole('row', { name: new RegExp(SKIPPED) });
		await expect(row).toContainText('Tiket kecamatan #1');
		await expectCard(row, ['Kecamatan', 'Dukungan terverifikasi', 'Syarat tercapai pada', 'Hasil']);
		const change = row.locator('summary', { hasText: 'Ubah…' });
		await expectTappable(change, row);
		await change.click();
		await row.getByLabel('Lewati tiket ini').check();
		await row.getByLabel('Alasan (tampil untuk umum)').fill(REASON);
		await expectNoSidewaysScroll(page);

		await page.getByRole('button', { name: 'Kukuhkan tiket emas' }).click();
		await expect(page.getByRole('alert')).toHaveText(/^Yakin mengukuhkan tiket emas ini\?/);
		await expect(page.getByRole('button', { name: 'Kukuhkan tiket emas' })).toHaveCount(0);
		await expectTappable(page.getByRole('button', { name: 'Ya, kukuhkan' }));
		await expectTappable(page.getByRole('button', { name: 'Batal' }));
		await expectNoSidewaysScroll(page);

		// Batal: no question, what was ticked and typed still there, and nothing confirmed.
		await page.getByRole('button', { name: 'Batal' }).click();
		await expect(page.getByRole('button', { name: 'Kukuhkan tiket emas' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Ya, kukuhkan' })).toHaveCount(0);
		await expect(row.getByLabel('Lewati tiket ini')).toBeChecked();
		await expect(row.getByLabel('Alasan (tampil untuk umum)')).toHaveValue(REASON);
		await page.reload();
		await expect(page.getByRole('heading', { name: PENDING })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Kukuhkan tiket emas' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /Tiket emas yang dikukuhkan/ })).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the facilitator confirms the shortlist with one change, whose reason is required and shown', async ({
		page
	}) => {
		await loginAs(page, 'fasilitator');
		await page.goto('/moderasi/tiket-emas');
		await expect(page.getByRole('heading', { name: 'Tiket emas', level: 1 })).toBeVisible();
		await expect(page.getByRole('heading', { name: PENDING })).toBeVisible();
		await expect(
			page.getByText(/paling sedikit 3 dukungan dari anak terverifikasi; 1 teratas/)
		).toBeVisible();

		const row = page.getByRole('row', { name: new RegExp(SKIPPED) });
		await expect(row.getByRole('cell', { name: 'Tiket kecamatan #1' })).toBeVisible();
		await expect(row.getByRole('cell', { name: '6', exact: true })).toBeVisible();
		await row.getByText('Ubah…').click();
		await row.getByLabel('Lewati tiket ini').check();
		await row.getByLabel('Alasan (tampil untuk umum)').fill('pendek');
		await page.getByRole('button', { name: 'Kukuhkan tiket emas' }).click();

		// Refused next to the row, with what was typed kept; nothing confirmed.
		const again = page.getByRole('row', { name: new RegExp(SKIPPED) });
		await expect(again.getByText('Tulis alasan yang jelas, 10 sampai 500 huruf.')).toBeVisible();
		await expect(again.getByLabel('Lewati tiket ini')).toBeChecked();
		await expect(again.getByLabel('Alasan (tampil untuk umum)')).toHaveValue('pendek');
		await again.getByLabel('Alasan (tampil untuk umum)').fill(REASON);
		await page.getByRole('button', { name: 'Kukuhkan tiket emas' }).click();

		// The server only asks; the page open beside it shows the list still to be confirmed.
		await expect(page.getByRole('alert')).toHaveText(/^Yakin mengukuhkan tiket emas ini\?/);
		const beside = await page.context().newPage();
		await beside.goto('/moderasi/tiket-emas');
		await expect(beside.getByRole('button', { name: 'Kukuhkan tiket emas' })).toBeVisible();
		await expect(beside.getByRole('heading', { name: /Tiket emas yang dikukuhkan/ })).toHaveCount(0);
		await beside.close();
		await expect(again.getByLabel('Lewati tiket ini')).toBeChecked();
		await page.getByRole('button', { name: 'Ya, kukuhkan' }).click();

		await expect(page.getByRole('status')).toHaveText(
			'Tiket emas dikukuhkan. Sekarang lengkapi setiap usulan.'
		);
		await expect(page.getByRole('heading', { name: 'Tiket emas yang dikukuhkan (2)' })).toBeVisible();
		const confirmed = page.getByRole('table').first();
		await expect(confirmed.getByRole('row', { name: new RegExp(WINNER) })).toContainText('Sedang disusun');
		await expect(confirmed.getByRole('row', { name: new RegExp(SKIPPED) })).toHaveCount(0);
		await expect(page.getByText(`Dilewati: ${SKIPPED}`)).toBeVisible();
		await expect(page.getByText(REASON)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Kukuhkan tiket emas' })).toHaveCount(0);
	});
});

test('the facilitator completes a proposal and sends it; the author was told about the ticket', async ({
	page,
	browser
}) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi/tiket-emas');
	await page.getByRole('link', { name: `Lengkapi usulan: ${WINNER}` }).click();
	await expect(page.getByRole('heading', { name: WINNER, level: 1 })).toBeVisible();
	await expect(page.getByText(/Sebelum dikirim, lengkapi: Kegiatan yang diusulkan/)).toBeVisible();
	await waitForHydration(page);

	// Sending too early names every empty required field, and keeps what was typed.
	await page.getByLabel('Letak persisnya').fill('Penyeberangan Dusun Sahan');
	await page.getByRole('button', { name: 'Simpan dan kirim ke Bappeda' }).click();
	await expect(page.locator('#activity-error')).toHaveText('Wajib diisi sebelum dikirim ke Bappeda.');
	await expect(page.locator('#opdId-error')).toHaveText('Wajib diisi sebelum dikirim ke Bappeda.');
	await expect(page.getByLabel('Letak persisnya')).toHaveValue('Penyeberangan Dusun Sahan');

	await page.getByLabel('Kegiatan yang diusulkan (wajib)').fill('Pembangunan jembatan gantung pejalan kaki');
	await page.getByLabel('Jumlah anak penerima manfaat (wajib)').fill('150');
	await page.getByLabel('Usia penerima manfaat (wajib)').fill('6–15 tahun');
	await page.getByLabel('Volume (wajib)').fill('1');
	await page.getByLabel('Satuan (wajib)').fill('unit');
	await page
		.getByLabel('OPD yang disarankan (wajib)')
		.selectOption({ label: 'Dinas Pekerjaan Umum dan Penataan Ruang' });
	await page.getByRole('button', { name: 'Simpan', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Usulan tersimpan.');
	await expect(page.getByLabel('Kegiatan yang diusulkan (wajib)')).toHaveValue(
		'Pembangunan jembatan gantung pejalan kaki'
	);

	await page.getByRole('button', { name: 'Simpan dan kirim ke Bappeda' }).click();
	await expect(page.getByRole('status')).toHaveText('Usulan dikirim ke Bappeda.');
	await expect(page.getByText(/sudah dikirim ke Bappeda pada/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toHaveCount(0);
	await expect(page.getByRole('listitem').filter({ hasText: 'Dikirim ke Bappeda' })).toContainText(
		'fasilitator'
	);

	await page.goto('/moderasi/tiket-emas');
	await expect(page.getByRole('row', { name: new RegExp(WINNER) })).toContainText('Dikirim ke Bappeda');

	const author = await browser.newPage();
	await signIn(author, 'anak10');
	await author.goto('/saya/notifikasi');
	await expect(author.getByText(/Idemu mendapat tiket emas/).first()).toBeVisible();
	await author.close();
});

test('only facilitators choose tickets; the Forum Anak sees a kabupaten-wide proposal, other children do not', async ({
	page,
	browser
}) => {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi/tiket-emas');
	await waitForHydration(page);
	const cycle = page.getByLabel('Siklus');
	const closedOption = cycle.locator('option').filter({ hasText: CLOSED });
	await cycle.selectOption((await closedOption.getAttribute('value'))!);
	await page.getByRole('button', { name: 'Tampilkan' }).click();
	await expect(page.getByText('Ditambahkan: Tempat sampah terpisah di sekolah Samalantan')).toBeVisible();
	const link = page.getByRole('link', { name: 'Lihat usulan: Perpustakaan keliling ke desa-desa' });
	const href = (await link.getAttribute('href'))!;

	const forum = await browser.newPage();
	await loginAs(forum, 'forum_anak');
	await forum.goto(href);
	await expect(forum.getByRole('heading', { name: 'Perpustakaan keliling ke desa-desa' })).toBeVisible();
	await expect(forum.getByText(/sudah dikirim ke Bappeda pada/)).toBeVisible();
	expect((await forum.goto('/moderasi/tiket-emas'))?.status()).toBe(403);
	await forum.close();

	const child = await browser.newPage();
	await loginAs(child, 'anak');
	expect((await child.goto(href))?.status()).toBe(403);
	const origin = new URL(page.url()).origin;
	const post = await child.request.post(`${href}?/simpan`, {
		form: { title: 'Diubah oleh anak lain', problem: 'x'.repeat(40), priority: '1', cluster: '4' },
		headers: { origin }
	});
	expect(post.status()).toBe(403);
	await child.close();
});
