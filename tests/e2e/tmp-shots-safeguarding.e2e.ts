import { test } from '@playwright/test';
import { signIn } from './fixtures/accounts';

test('shots', async ({ browser }) => {
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await phone.goto('/bantuan/segera');
	await phone.screenshot({ path: '/tmp/safe-segera.png', fullPage: true });
	const admin = await browser.newPage();
	await signIn(admin, 'admin');
	await admin.goto('/admin/pengguna?q=fasilitator');
	await admin.getByRole('link', { name: 'fasilitator', exact: true }).click();
	await admin.screenshot({ path: '/tmp/safe-admin.png', fullPage: true });
	const f = await browser.newPage();
	await signIn(f, 'fasilitator');
	await f.goto('/moderasi/perlindungan');
	await f.screenshot({ path: '/tmp/safe-queue.png', fullPage: true });
	await f
		.getByRole('link', { name: /Buka laporan/ })
		.first()
		.click();
	await f.screenshot({ path: '/tmp/safe-item.png', fullPage: true });
});
