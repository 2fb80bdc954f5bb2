import { expect, test, type Page } from '@playwright/test';
import { loginAs } from './fixtures/accounts';

const DAY = 86_400_000;
/** A calendar day in WIB (UTC+7), `offset` days from today, as <input type="date"> takes it. */
const wibDay = (offset: number) =>
	new Date(Date.now() + 7 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);
const year = new Date().getFullYear();
// The demo's open cycle: "Musrenbang Anak <next year>", opened 30 days ago, voting closes in 60 days.
const DEMO_CYCLE = `Musrenbang Anak ${year + 1}`;

interface CycleFields {
	name: string;
	planYear?: string;
	opens: string;
	cutoff: string;
	review: string;
	deadline: string;
}

async function fillCycle(page: Page, f: CycleFields) {
	await page.getByLabel('Nama siklus').fill(f.name);
	if (f.planYear) await page.getByLabel('Tahun RKPD').fill(f.planYear);
	await page.getByLabel('Tanggal buka (usulan dan dukungan)').fill(f.opens);
	await page.getByLabel('Batas dukungan').fill(f.cutoff);
	await page.getByLabel('Tiket emas ke Bappeda').fill(f.review);
	await page.getByLabel('Batas jawaban Bappeda').fill(f.deadline);
}

/** A cycle on /admin/siklus (a card with the cycle's name as its heading). */
const cycleCard = (page: Page, name: RegExp) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

test('admin creates next year’s cycle after the demo cycle, edits it, and sees it listed as upcoming', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Siklus Musrenbang' }).click();
	await expect(page.getByRole('heading', { name: 'Siklus Musrenbang Anak' })).toBeVisible();
	await expect(cycleCard(page, new RegExp(DEMO_CYCLE))).toContainText('Dibuka');

	await page.getByRole('link', { name: 'Siklus baru' }).click();
	// Prefilled: the default rules, and an opening day after the demo cycle's cut-off.
	await expect(page.getByLabel('Suara per anak')).toHaveValue('5');
	await expect(page.getByLabel('Dukungan paling sedikit untuk tiket emas')).toHaveValue('10');
	await expect(page.getByLabel('Hari untuk Bappeda menjawab')).toHaveValue('30');
	const prefilled = await page.getByLabel('Tanggal buka (usulan dan dukungan)').inputValue();
	expect(prefilled > wibDay(60)).toBe(true);

	const name = `Musrenbang Anak Uji ${year + 2}`;
	await fillCycle(page, {
		name,
		planYear: String(year + 3),
		opens: wibDay(90),
		cutoff: wibDay(150),
		review: wibDay(165),
		deadline: wibDay(195)
	});
	await page.getByLabel('Suara per anak').fill('6');
	await page.getByRole('button', { name: 'Buat siklus' }).click();

	await expect(page).toHaveURL('/admin/siklus');
	const row = cycleCard(page, new RegExp(name));
	await expect(row).toContainText('Akan dibuka');
	await expect(row).toContainText(`RKPD ${year + 3}`);
	await expect(row).toContainText('6 suara per anak');
	// Cycle dates are days: written out, with no clock time.
	await expect(row).toContainText(/Dukungan ditutup akhir \d{1,2} [A-Z][a-z]+ \d{4}/);
	await expect(row).not.toContainText(/\d{2}[.:]\d{2}/);

	await row.getByRole('link', { name: new RegExp(`^Ubah\\s*${name}$`) }).click();
	await expect(page.getByLabel('Batas dukungan')).toHaveValue(wibDay(150));
	await page.getByLabel('Tiket emas per kecamatan').fill('3');
	await page.getByRole('button', { name: 'Simpan siklus' }).click();
	await expect(page).toHaveURL('/admin/siklus');
	await expect(cycleCard(page, new RegExp(name))).toContainText('3 per kecamatan');

	await page.goto('/admin/log?q=cycle.');
	await expect(page.getByRole('cell', { name: 'cycle.update' }).first()).toBeVisible();
	await expect(page.getByRole('cell', { name: 'cycle.create' }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a cycle whose open phase overlaps the demo cycle is refused, naming it; what was typed stays', async ({
		page
	}) => {
		await loginAs(page, 'admin');
		await page.goto('/admin/siklus/baru');
		const typed = {
			name: 'Siklus Bentrok Uji',
			opens: wibDay(1),
			cutoff: wibDay(20),
			review: wibDay(30),
			deadline: wibDay(60)
		};
		await fillCycle(page, typed);
		await page.getByRole('button', { name: 'Buat siklus' }).click();

		await expect(page.locator('#opensAt-error')).toHaveText(
			`Hanya satu siklus boleh dibuka pada satu waktu: masa usulan dan dukungan ini bertabrakan dengan "${DEMO_CYCLE}".`
		);
		await expect(page.getByLabel('Nama siklus')).toHaveValue(typed.name);
		await expect(page.getByLabel('Batas dukungan')).toHaveValue(typed.cutoff);
		await page.goto('/admin/siklus');
		await expect(cycleCard(page, /Siklus Bentrok Uji/)).toHaveCount(0);
	});
});

test('dates out of order are refused on the field at fault, keeping what was typed', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/siklus/baru');
	await fillCycle(page, {
		name: 'Siklus Tanggal Terbalik',
		opens: wibDay(500),
		cutoff: wibDay(499),
		review: wibDay(520),
		deadline: wibDay(550)
	});
	await page.getByRole('button', { name: 'Buat siklus' }).click();
	await expect(page.locator('#votingClosesAt-error')).toHaveText(
		'Batas dukungan harus sesudah tanggal buka.'
	);
	await expect(page.getByLabel('Batas dukungan')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Nama siklus')).toHaveValue('Siklus Tanggal Terbalik');
	await expect(page.getByLabel('Batas dukungan')).toHaveValue(wibDay(499));

	// The golden tickets cannot go out on the cut-off day itself: the cut-off lasts until 23:59 WIB.
	await page.getByLabel('Batas dukungan').fill(wibDay(510));
	await page.getByLabel('Tiket emas ke Bappeda').fill(wibDay(510));
	await page.getByRole('button', { name: 'Buat siklus' }).click();
	await expect(page.locator('#reviewStartsAt-error')).toHaveText(
		'Tanggal tiket emas harus sesudah hari batas dukungan.'
	);
	await expect(page.locator('#votingClosesAt-error')).toBeEmpty();

	await page.goto('/admin/siklus');
	await expect(cycleCard(page, /Siklus Tanggal Terbalik/)).toHaveCount(0);
});

test('a facilitator gets 403 on the cycle pages and their form actions', async ({ page }) => {
	await loginAs(page, 'fasilitator');
	for (const path of ['/admin/siklus', '/admin/siklus/baru', '/admin/siklus/1']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
	}
	await expect(page.getByRole('heading', { name: 'Kamu tidak punya akses' })).toBeVisible();

	const origin = new URL(page.url()).origin;
	const form = {
		name: 'Siklus Penyusup',
		planYear: String(year + 5),
		opensAt: wibDay(900),
		votingClosesAt: wibDay(950),
		reviewStartsAt: wibDay(960),
		reviewDeadlineAt: wibDay(990)
	};
	for (const path of ['/admin/siklus/baru', '/admin/siklus/1']) {
		const response = await page.request.post(path, { form, headers: { origin } });
		expect(response.status(), path).toBe(403);
	}
});
