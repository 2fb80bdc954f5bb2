// A child who turned 18 (issue 15, point 13) is told so plainly: no role 403 when posting, and no
// "you can support" on their own page.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { uniqueNickname } from './fixtures/accounts';
import { RegisterPage } from './pages/register';

const AGED_OUT = /Kamu sudah 18 tahun\. Kamu tetap bisa masuk dan membaca/;

test('a child who turned 18 is told so on /saya and on the posting page', async ({ page }) => {
	const nickname = uniqueNickname('dewasa');
	const register = new RegisterPage(page);
	await register.open();
	await register.fill({
		nickname,
		password: 'rahasia-kita',
		month: 'Maret',
		year: String(new Date().getFullYear() - 17),
		desa: 'Sungai Duri',
		consent: true
	});
	await register.submit();
	await expect(page).toHaveURL(/\/saya/);

	// Time passes: the birthday moves back, as if the child had grown up since signing up.
	const db = new Database(`.e2e/${process.env.E2E_PORT ?? 4173}/suara-anak.db`);
	db.pragma('busy_timeout = 5000');
	db.prepare('UPDATE users SET birth_year = ? WHERE username = ?').run(
		new Date().getFullYear() - 19,
		nickname
	);
	db.close();

	await page.goto('/saya');
	await expect(page.getByText(AGED_OUT)).toBeVisible();
	await expect(page.getByText(/kamu bisa memberi dukungan|minta kode undangan/)).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Tulis aspirasi' })).toHaveCount(0);

	const response = await page.goto('/aspirasi/baru');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('alert')).toHaveText(AGED_OUT);
	await expect(page.getByRole('button', { name: 'Kirim aspirasi' })).toHaveCount(0);
});
