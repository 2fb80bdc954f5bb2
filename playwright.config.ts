import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://localhost:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	forbidOnly: !!process.env.CI,
	expect: { timeout: 10_000 },
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: ORIGIN,
		trace: 'retain-on-failure',
		locale: 'id-ID',
		launchOptions: {
			// Debian's Chromium: Playwright cannot download its own browser on these machines.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{ name: 'phone', use: { ...devices['Pixel 5'], channel: undefined }, testMatch: '**/mobile.e2e.ts' }
	],
	webServer: {
		// The built Node server (`node build`) with a fresh database holding the demo data.
		command: 'npx tsx scripts/demo.ts --fresh',
		url: `${ORIGIN}/healthz`,
		reuseExistingServer: false,
		timeout: 180_000,
		env: {
			PORT: String(PORT),
			BODY_SIZE_LIMIT: '11M',
			ORIGIN,
			DATABASE_PATH: `.e2e/${PORT}/suara-anak.db`,
			UPLOADS_DIR: `.e2e/${PORT}/uploads`
		}
	}
});
