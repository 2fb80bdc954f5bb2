import { expect, test } from '@playwright/test';
import { loginAs, type DemoRole } from './fixtures/accounts';

/** Each protected area and the roles it admits. */
const AREAS: { path: string; roles: DemoRole[] }[] = [
	{ path: '/admin', roles: ['admin'] },
	{ path: '/admin/pengguna', roles: ['admin'] },
	{ path: '/admin/wilayah', roles: ['admin'] },
	{ path: '/admin/log', roles: ['admin'] },
	{ path: '/admin/siklus', roles: ['admin'] },
	{ path: '/moderasi/verifikasi', roles: ['fasilitator'] },
	{ path: '/moderasi', roles: ['fasilitator'] },
	{ path: '/bappeda', roles: ['bappeda'] },
	{ path: '/opd', roles: ['opd'] },
	{ path: '/audit', roles: ['forum_anak'] }
];
const ROLES: DemoRole[] = ['admin', 'fasilitator', 'bappeda', 'opd', 'forum_anak', 'anak'];

test('anonymous visitors are sent to sign in, and come back after it', async ({ page }) => {
	for (const { path } of AREAS) {
		await page.goto(path);
		await expect(page).toHaveURL(`/masuk?redirectTo=${encodeURIComponent(path)}`);
	}
	await page.goto('/admin/pengguna?q=anak');
	await page.getByLabel('Nama panggilan, nama pengguna, atau email').fill('admin');
	await page.getByLabel('Kata sandi').fill('suaraanak-demo');
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page).toHaveURL('/admin/pengguna?q=anak');
});

for (const role of ROLES) {
	test(`${role}: opens its own areas and gets a 403 page in the others`, async ({ page }) => {
		await loginAs(page, role);
		for (const area of AREAS) {
			const response = await page.goto(area.path);
			if (area.roles.includes(role)) {
				expect(response?.status(), area.path).toBe(200);
				await expect(page.getByRole('heading', { name: 'Kamu tidak punya akses' })).toHaveCount(0);
			} else {
				expect(response?.status(), area.path).toBe(403);
				await expect(page.getByRole('heading', { name: 'Kamu tidak punya akses' })).toBeVisible();
			}
		}
	});
}

test('a form action refuses a signed-in user without the role', async ({ page }) => {
	await loginAs(page, 'fasilitator');
	const response = await page.request.post('/admin/pengguna/baru', {
		form: { username: 'penyusup', displayName: 'Penyusup', password: 'kata-sandi-panjang', roles: 'admin' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(response.status()).toBe(403);
	await page.goto('/admin/pengguna?q=penyusup');
	expect(page.url()).toContain('/admin/pengguna');
	await expect(page.getByRole('heading', { name: 'Kamu tidak punya akses' })).toBeVisible();
});

test('the navigation shows only the areas of the roles a user has', async ({ page }) => {
	await loginAs(page, 'forum_anak');
	const nav = page.getByRole('navigation', { name: 'Menu utama' });
	await expect(nav.getByRole('link', { name: 'Audit fasilitas' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Halaman saya' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);
	await expect(nav.getByRole('link', { name: 'Moderasi' })).toHaveCount(0);
});

test('unknown pages get the friendly 404 page', async ({ page }) => {
	const response = await page.goto('/tidak-ada-halaman-ini');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ke beranda' })).toBeVisible();
});
