// Slow network: a first visit to /aspirasi on a mid-range phone (Moto G4 screen, CPU slowed down four
// times as Lighthouse does for phones) over "Slow 4G": 150 ms latency, 1.6 Mbit/s both ways, with
// Chromium's network emulation. The idea list is readable when the first idea's title is on the page
// and painted (first contentful paint: the stylesheet is loaded); the goal is under 3 seconds. Chromium
// adds the latency once per request, not per round trip, so the same visit is also measured (not
// asserted) with Lighthouse's adjusted request latency of 562.5 ms, closer to a real phone network.
import { devices, expect, test, type Page } from '@playwright/test';

const { defaultBrowserType: _browser, ...phone } = devices['Moto G4'];

const GOAL_MS = 3000;
const RUNS = 3;
const FIRST_TITLE = 'main article h2 a';

interface Timing {
	ttfb: number;
	html: number;
	fcp: number;
	titleParsed: number;
	readable: number;
	transferred: number;
}

async function firstVisit(page: Page, latency: number): Promise<Timing> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency,
		downloadThroughput: 1_600_000 / 8,
		uploadThroughput: 1_600_000 / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// When the parser puts the first title into the page (before any script of the page runs).
	await page.addInitScript(() => {
		const w = window as unknown as { firstTitleAt?: number };
		new MutationObserver((_, observer) => {
			if (document.querySelector('main article h2 a')) {
				w.firstTitleAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/aspirasi', { waitUntil: 'commit' });
	await expect(page.locator(FIRST_TITLE).first()).toBeVisible({ timeout: 15_000 });
	await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
	return page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
		const titleParsed = (window as unknown as { firstTitleAt?: number }).firstTitleAt ?? Infinity;
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		return {
			ttfb: Math.round(nav.responseStart),
			html: Math.round(nav.responseEnd),
			fcp: Math.round(fcp),
			titleParsed: Math.round(titleParsed),
			readable: Math.round(Math.max(fcp, titleParsed)),
			transferred: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0)
		};
	});
}

test('the idea list is readable within 3 s on a mid-range phone over Slow 4G', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	// The server has rendered the page once: this measures the network and the phone, not a cold start.
	await (await fetch(`${baseURL}/aspirasi`)).text();
	const measure = async (latency: number) => {
		const runs: Timing[] = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ ...phone, locale: 'id-ID', baseURL });
			runs.push(await firstVisit(await context.newPage(), latency));
			await context.close();
		}
		return { median: [...runs].sort((a, b) => a.readable - b.readable)[Math.floor(RUNS / 2)]!, runs };
	};
	const line = (t: Timing) =>
		`readable ${t.readable} ms (first byte ${t.ttfb}, HTML ${t.html}, first paint ${t.fcp}, first title parsed ${t.titleParsed}; ${Math.round(t.transferred / 1024)} KiB transferred)`;
	const slow4g = await measure(150);
	const adjusted = await measure(562.5);
	for (const [name, m] of [
		['Slow 4G (150 ms)', slow4g],
		['Lighthouse-adjusted (562.5 ms a request)', adjusted]
	] as const) {
		console.log(
			`${name}, Moto G4, CPU ×4: /aspirasi ${line(m.median)}; runs ${m.runs.map((r) => r.readable).join(', ')} ms`
		);
		test.info().annotations.push({ type: name, description: line(m.median) });
	}
	expect(slow4g.median.readable, line(slow4g.median)).toBeLessThan(GOAL_MS);
});
