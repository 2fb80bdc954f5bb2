// The planning agency answers a golden ticket: accepted with program, year and amount, then done with a
// photo; the answer is public at /tiket-emas, the author is told, and the spreadsheet carries the row.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { loginAs, waitForHydration } from './fixtures/accounts';

interface Ticket {
	proposalId: number;
	cycleId: number;
	planYear: number;
	title: string;
	activity: string;
}

/**
 * A submitted proposal for a published idea (by `author` when given), written straight into the test server's database
 * (as the selection and drafting steps would leave it), so this test does not depend on them.
 */
function submittedTicket(author: string | null = null): Ticket {
	const db = new Database(`.e2e/${process.env.E2E_PORT ?? 4173}/suara-anak.db`);
	try {
		db.pragma('busy_timeout = 5000');
		const idea = db
			.prepare(
				`select i.id, i.cycle_id as cycleId, i.title, i.body, i.cluster, i.region_code as regionCode,
				        i.kecamatan_code as kecamatanCode, i.vote_count as votes, c.plan_year as planYear
				   from ideas i join users u on u.id = i.author_id join cycles c on c.id = i.cycle_id
				  where (? is null or u.username = ?) and i.status = 'terbit' and i.kecamatan_code is not null
				    and not exists (select 1 from proposals p where p.idea_id = i.id)
				  order by i.id limit 1`
			)
			.get(author, author) as {
			id: number;
			cycleId: number;
			title: string;
			body: string;
			cluster: number;
			regionCode: string;
			kecamatanCode: string;
			votes: number;
			planYear: number;
		};
		const activity = `Kegiatan uji ${Date.now().toString(36)}`;
		const desa = idea.regionCode === idea.kecamatanCode ? null : idea.regionCode;
		const { id } = db
			.prepare(
				`insert into proposals (cycle_id, idea_id, source, votes, priority, title, problem, activity,
				   desa_code, kecamatan_code, beneficiaries, beneficiary_ages, cost, volume, unit, cluster,
				   status, submitted_at)
				 values (?, ?, 'kecamatan', ?, 99, ?, ?, ?, ?, ?, 150, '6–12', 80000000, 4, 'unit', ?, 'diajukan', ?)
				 returning id`
			)
			.get(
				idea.cycleId,
				idea.id,
				idea.votes,
				idea.title,
				idea.body,
				activity,
				desa,
				idea.kecamatanCode,
				idea.cluster,
				Date.now()
			) as { id: number };
		return { proposalId: id, cycleId: idea.cycleId, planYear: idea.planYear, title: idea.title, activity };
	} finally {
		db.close();
	}
}

/** Today in WIB, as a date field wants it. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

test('Bappeda accepts and completes a golden ticket; it is public, the author is told, the xlsx has it', async ({
	page,
	browser
}) => {
	const t = submittedTicket('anak1');
	await loginAs(page, 'bappeda');
	await page.goto(`/bappeda?siklus=${t.cycleId}&status=diajukan`);
	await page.getByRole('link', { name: t.title }).click();
	await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();

	// Accepted needs a program, a year and an amount: an empty program is refused next to the field.
	await page.getByLabel('Nama program/kegiatan').fill('');
	await page.getByRole('button', { name: 'Simpan: diterima' }).click();
	await expect(page.getByText('Tulis nama program atau kegiatan, 3 sampai 200 huruf.')).toBeVisible();
	await page.getByLabel('Nama program/kegiatan').fill('Program Ruang Aman Anak');
	await page.getByLabel('Tahun rencana').fill(String(t.planYear));
	// The amount as an official writes it: words are refused and kept, "125 juta" is read as 125.000.000.
	const amount = page.getByLabel('Anggaran (Rp)');
	await amount.fill('seratus');
	await page.getByRole('button', { name: 'Simpan: diterima' }).click();
	await expect(page.getByText('Tulis anggaran dalam rupiah, lebih dari 0')).toBeVisible();
	await expect(amount).toHaveValue('seratus');
	await amount.fill('125 juta');
	await page.getByRole('button', { name: 'Simpan: diterima' }).click();
	await expect(page.getByRole('status')).toContainText('Tersimpan: Diterima, masuk rencana');
	await expect(page.getByText(/Masuk program “Program Ruang Aman Anak” tahun \d{4}/)).toBeVisible();
	await expect(page.getByLabel('Anggaran (Rp)')).toHaveValue('125.000.000');

	// Done, with a date, a note and a photo.
	await page.getByLabel('Tanggal selesai').fill(today());
	await page
		.getByLabel('Apa yang sudah dikerjakan')
		.fill('Sudah dibangun dan dipakai anak-anak setiap sore.');
	await page
		.getByLabel('Foto hasil (boleh kosong)')
		.setInputFiles(path.resolve('scripts/demo-photos/road.webp'));
	await page.getByRole('button', { name: 'Simpan: sudah dikerjakan' }).click();
	await expect(page.getByRole('status')).toContainText('Tersimpan: Sudah dikerjakan');

	// The spreadsheet: the SIPD columns, with this proposal's row.
	await page.goto(`/bappeda?siklus=${t.cycleId}`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Unduh Excel (.xlsx)' }).click()
	]);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
	const sheet = book.worksheets[0]!;
	expect(sheet.getRow(1).values).toEqual([
		undefined,
		'Prioritas',
		'Kegiatan',
		'Lokasi',
		'Volume',
		'Satuan',
		'OPD',
		'Perkiraan biaya (Rp)',
		'Klaster KLA',
		'Penerima manfaat',
		'Sumber usulan'
	]);
	const rows = sheet.getSheetValues().slice(2) as unknown[][];
	const mine = rows.find((r) => r?.[2] === t.activity);
	expect(mine?.slice(1)).toEqual([
		99,
		t.activity,
		expect.any(String),
		4,
		'unit',
		undefined,
		80_000_000,
		expect.any(String),
		'150 anak, usia 6–12 tahun',
		expect.stringMatching(/^Musrenbang Anak · Jatah kecamatan · aspirasi #\d+ · \d+ dukungan$/)
	]);

	// The same columns as CSV, and the printable list with its signature lines.
	const csv = await page.request.get(`/bappeda/ekspor/${t.cycleId}?format=csv`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(await csv.text()).toContain(t.activity);
	await page.getByRole('link', { name: 'Cetak daftar usulan' }).click();
	await expect(page.getByRole('heading', { name: 'Daftar Usulan Musrenbang Anak' })).toBeVisible();
	await expect(page.getByRole('cell', { name: t.activity })).toBeVisible();
	await expect(page.getByText('Nama dan tanda tangan')).toHaveCount(3);

	// Public: the ticket with its answer, amount and photo, with no account needed.
	const visitor = await browser.newPage();
	await visitor.goto(`/tiket-emas?siklus=${t.cycleId}`);
	const card = visitor.getByRole('article').filter({ hasText: t.title });
	await expect(card.getByText('Sudah dikerjakan')).toBeVisible();
	await expect(card.getByText(/Rp\s?125\.000\.000/)).toBeVisible();
	await card.getByRole('link', { name: t.title }).click();
	await expect(visitor.getByRole('img', { name: 'Foto hasil pekerjaan' })).toBeVisible();
	const photo = await visitor.request.get(`/tiket-emas/${t.proposalId}/foto`);
	expect(photo.headers()['content-type']).toBe('image/webp');
	await visitor.close();

	// The author reads the decisions among the notifications; the idea's page links to its ticket.
	const child = await browser.newPage();
	await loginAs(child, 'anak', 'anak1');
	await child.goto('/saya/notifikasi');
	await expect(
		child.getByText('Ada keputusan untuk idemu: masuk rencana kerja pemerintah daerah (RKPD).').first()
	).toBeVisible();
	// A child who only supported the idea is told about "an idea you supported", not "your idea".
	const fan = await browser.newPage();
	await loginAs(fan, 'forum_anak'); // forum1 supports anak1's first idea in the demo
	await fan.goto('/saya/notifikasi');
	await expect(
		fan
			.getByText('Ada keputusan untuk ide yang kamu dukung: masuk rencana kerja pemerintah daerah (RKPD).')
			.first()
	).toBeVisible();
	await fan.close();
	await child.goto('/tiket-emas');
	// A child cannot open the planning agency's pages.
	const refused = await child.request.get('/bappeda', { maxRedirects: 0 });
	expect(refused.status()).toBe(403);
	await child.close();
});

test('an OPD user sees the proposals given to the agency and adds a progress note, without JavaScript', async ({
	browser
}) => {
	const t = submittedTicket();
	const planner = await browser.newPage();
	await loginAs(planner, 'bappeda');
	await planner.goto(`/bappeda/${t.proposalId}`);
	await waitForHydration(planner);
	await planner.getByLabel('OPD', { exact: true }).selectOption({ label: 'Dinas Kesehatan' });
	await planner.getByRole('button', { name: 'Simpan OPD' }).click();
	await expect(planner.getByRole('status')).toHaveText('OPD tersimpan.');
	await planner.close();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const opd = await context.newPage();
	await loginAs(opd, 'opd');
	await opd.goto('/opd');
	const card = opd.getByRole('listitem').filter({ hasText: t.title });
	await card.getByLabel('Kabar kemajuan').fill('ok');
	await card.getByRole('button', { name: 'Kirim kabar' }).click();
	const again = opd.getByRole('listitem').filter({ hasText: t.title });
	await expect(again.getByText('Tulis catatannya, 10 sampai 1.000 huruf.')).toBeVisible();
	await again.getByLabel('Kabar kemajuan').fill('Survei lokasi sudah kami lakukan minggu ini.');
	await again.getByRole('button', { name: 'Kirim kabar' }).click();
	await expect(opd.getByRole('status')).toHaveText('Kabar kemajuan tersimpan.');
	await opd.goto(`/tiket-emas/${t.proposalId}`);
	await expect(opd.getByText('Kabar dari Dinas Kesehatan')).toBeVisible();
	await expect(opd.getByText('Survei lokasi sudah kami lakukan minggu ini.')).toBeVisible();
	// The agency answers nothing here: no decision form on its page.
	const post = await opd.request.post(`/bappeda/${t.proposalId}?/tolak`, {
		form: { reason: 'Kami tidak punya dana.' },
		headers: { origin: new URL(opd.url()).origin },
		maxRedirects: 0
	});
	expect(post.status()).toBe(403);
	await context.close();
});
