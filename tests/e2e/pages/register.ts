import { expect, type Page } from '@playwright/test';
import { waitForHydration } from '../fixtures/accounts';

export interface RegisterInput {
	nickname: string;
	password: string;
	month?: string; // the visible month name, e.g. "Maret"
	year?: string;
	desa?: string; // the visible desa name
	consent?: boolean;
}

/** The sign-up page, in Bahasa Indonesia (the default language). */
export class RegisterPage {
	constructor(private readonly page: Page) {}

	async open() {
		await this.page.goto('/daftar');
		await expect(this.page.getByRole('heading', { name: 'Daftar' })).toBeVisible();
		await waitForHydration(this.page);
	}

	nickname = () => this.page.getByLabel('Nama panggilan');
	password = () => this.page.getByLabel('Kata sandi');
	month = () => this.page.getByLabel('Bulan', { exact: true });
	year = () => this.page.getByLabel('Tahun', { exact: true });
	desa = () => this.page.getByLabel('Desa/kelurahan');
	consent = () => this.page.getByLabel('Orang tua atau wali saya sudah membaca ini dan setuju.');

	async fill(input: RegisterInput) {
		await this.nickname().fill(input.nickname);
		await this.password().fill(input.password);
		if (input.month) await this.month().selectOption({ label: input.month });
		if (input.year) await this.year().selectOption({ label: input.year });
		if (input.desa) await this.desa().selectOption({ label: input.desa });
		if (input.consent) await this.consent().check();
	}

	async submit() {
		await this.page.locator('main').getByRole('button', { name: 'Daftar' }).click();
	}

	/** A new 12-year-old child of its own, signed in on `/saya`, for tests that must not share a demo child. */
	async registerChild(nickname: string, password: string) {
		await this.open();
		await this.fill({
			nickname,
			password,
			month: 'Maret',
			year: String(new Date().getFullYear() - 12),
			desa: 'Sungai Duri',
			consent: true
		});
		await this.submit();
		await expect(this.page).toHaveURL(/\/saya/);
	}
}
