// Rejecting an idea cannot be undone (issue 15, point 7): "Tolak" only asks, on a phone, with and without
// JavaScript; the idea stays in the queue until "Ya, tolak", and "Batal" leaves it there.
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { loginAs, waitForHydration } from './fixtures/accounts';
import { expectNoSidewaysScroll, expectTappable, PHONE } from './fixtures/phone';

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** A clean idea waiting for moderation, written straight into the test server's database. */
function waitingIdea(author: string): string {
	const title = `Taman baca di balai desa ${Date.now().toString(36)}`;
	const db = new Database(`.e2e/${process.env.E2E_PORT ?? 4173}/suara-anak.db`);
	try {
		db.pragma('busy_timeout = 5000');
		const { id } = db
			.prepare(
				`insert into ideas (cycle_id, author_id, title, body, cluster, level, region_code, status)
				 select (select id from cycles order by id limit 1), u.id, ?, ?, 4, 'kabupaten', '61.07', 'menunggu'
				   from users u where u.username = ?
				 returning id`
			)
			.get(
				title,
				'Kami ingin ada taman baca kecil di balai desa supaya bisa membaca sepulang sekolah.',
				author
			) as {
			id: number;
		};
		db.prepare(
			`insert into idea_events (idea_id, status, actor_id, actor_role)
			 select ?, 'menunggu', id, 'penulis' from users where username = ?`
		).run(id, author);
	} finally {
		db.close();
	}
	return title;
}

const item = (page: Page, title: string) => page.getByRole('article').filter({ hasText: title });

async function askToReject(page: Page, title: string) {
	await loginAs(page, 'fasilitator');
	await page.goto('/moderasi');
	await waitForHydration(page);
	const it = item(page, title);
	await it.getByLabel('Alasan untuk anak').selectOption('not_an_idea');
	await it.getByLabel('Kata-katamu (boleh kosong)').fill('Ini sudah ada di daftar desa.');
	await it.getByRole('button', { name: 'Tolak', exact: true }).click();
	await expect(it.getByRole('alert')).toHaveText(/^Yakin menolak aspirasi ini\?/);
	// The question replaces the buttons; the choices stay for "Ya".
	await expect(it.getByRole('button', { name: 'Tolak', exact: true })).toHaveCount(0);
	await expect(it.getByLabel('Alasan untuk anak')).toHaveValue('not_an_idea');
	await expect(it.getByLabel('Kata-katamu (boleh kosong)')).toHaveValue('Ini sudah ada di daftar desa.');
	await expectTappable(it.getByRole('button', { name: 'Ya, tolak' }));
	await expectTappable(it.getByRole('button', { name: 'Batal' }));
	await expectNoSidewaysScroll(page);
}

/** What another tab of the same facilitator sees: the idea still waiting, or gone from the queue. */
async function stillWaiting(page: Page, title: string): Promise<number> {
	const beside = await page.context().newPage();
	await beside.goto('/moderasi');
	await expect(beside.getByRole('heading', { name: /Menunggu diperiksa/ })).toBeVisible();
	const n = await item(beside, title).count();
	await beside.close();
	return n;
}

async function reject(page: Page, title: string) {
	await item(page, title).getByRole('button', { name: 'Ya, tolak' }).click();
	await expect(page.getByRole('status')).toHaveText('Aspirasi ditolak; penulis melihat alasannya.');
	await expect(item(page, title)).toHaveCount(0);
	expect(await stillWaiting(page, title)).toBe(0);
}

test('with JavaScript: Tolak asks, Batal leaves the idea waiting, Ya rejects it', async ({ page }) => {
	const title = waitingIdea('anak11');
	await askToReject(page, title);
	expect(await stillWaiting(page, title)).toBe(1);

	await item(page, title).getByRole('button', { name: 'Batal' }).click();
	await expect(item(page, title).getByRole('button', { name: 'Tolak', exact: true })).toBeVisible();
	await expect(item(page, title).getByLabel('Alasan untuk anak')).toHaveValue('not_an_idea');
	expect(await stillWaiting(page, title)).toBe(1);

	await item(page, title).getByRole('button', { name: 'Tolak', exact: true }).click();
	await reject(page, title);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('Tolak asks and changes nothing; Ya rejects', async ({ page }) => {
		const title = waitingIdea('anak12');
		await askToReject(page, title);
		expect(await stillWaiting(page, title)).toBe(1);
		await reject(page, title);
	});
});
