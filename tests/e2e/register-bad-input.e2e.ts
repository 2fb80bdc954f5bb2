import { expect, test } from '@playwright/test';
import { uniqueNickname } from './fixtures/accounts';
import { RegisterPage } from './pages/register';

const thisYear = new Date().getFullYear();

for (const js of [true, false]) {
	test.describe(`sign-up with bad input, JavaScript ${js ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: js });

		test('missing consent keeps what was typed (the good password too) and writes nothing', async ({
			page
		}) => {
			const nickname = uniqueNickname('lupa');
			const register = new RegisterPage(page);
			await register.open();
			await register.fill({
				nickname,
				password: 'rahasia-kita',
				month: 'Juni',
				year: String(thisYear - 11),
				desa: 'Sungai Duri'
			});
			await register.submit();

			await expect(page.getByText('Orang tua atau wali harus setuju sebelum kamu mendaftar.')).toBeVisible();
			await expect(register.nickname()).toHaveValue(nickname);
			await expect(register.month()).toHaveValue('6');
			await expect(register.year()).toHaveValue(String(thisYear - 11));
			await expect(register.desa()).toHaveValue('61.07.01.2001');
			// The password was fine: it stays, so the child does not type it again (issue 15, point 12).
			await expect(register.password()).toHaveValue('rahasia-kita');

			// Nothing was written: the same nickname is still free.
			await register.fill({ nickname, password: 'rahasia-kita', consent: true });
			await register.submit();
			await expect(page).toHaveURL(/\/saya/);
		});

		test('a taken nickname, a phone number in the nickname, and a short password are refused', async ({
			page
		}) => {
			const register = new RegisterPage(page);
			await register.open();
			await register.fill({
				nickname: 'ANAK1',
				password: 'rahasia-kita',
				month: 'Juni',
				year: String(thisYear - 11),
				desa: 'Sungai Duri',
				consent: true
			});
			await register.submit();
			await expect(page.getByText('Nama panggilan ini sudah dipakai. Coba yang lain.')).toBeVisible();
			await expect(register.nickname()).toHaveValue('ANAK1');

			await register.fill({ nickname: 'budi 0812 3456 7890', password: 'rahasia-kita' });
			await register.submit();
			await expect(page.getByText(/tidak boleh berisi nomor HP, email, atau tautan/)).toBeVisible();

			await register.fill({ nickname: uniqueNickname('pendek'), password: 'abc' });
			await register.submit();
			await expect(page.getByText('Kata sandi paling sedikit 8 karakter.')).toBeVisible();
			// A refused password is cleared.
			await expect(register.password()).toHaveValue('');
		});

		test('the birth years offered are those of children aged 6 to 17', async ({ page }) => {
			const register = new RegisterPage(page);
			await register.open();
			const years = await register
				.year()
				.locator('option')
				.evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)).filter((y) => y > 0));
			expect(years).toEqual(Array.from({ length: 13 }, (_, i) => thisYear - 6 - i));
		});

		test('a child of 18 or older cannot register', async ({ page }) => {
			const register = new RegisterPage(page);
			await register.open();
			// The year list only offers ages 6–17; a tampered request must still be refused by the server.
			await register.fill({
				nickname: uniqueNickname('dewasa'),
				password: 'rahasia-kita',
				month: 'Januari',
				year: String(thisYear - 17),
				desa: 'Sungai Duri',
				consent: true
			});
			await page.locator('select[name=birthYear]').evaluate((el, y) => {
				const option = document.createElement('option');
				option.value = String(y);
				option.textContent = String(y);
				el.appendChild(option);
				(el as HTMLSelectElement).value = String(y);
				el.dispatchEvent(new Event('change', { bubbles: true }));
			}, thisYear - 19);
			await register.submit();
			await expect(page.getByText('Suara Anak untuk anak di bawah 18 tahun.')).toBeVisible();
		});
	});
}
