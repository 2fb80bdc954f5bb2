import { describe, expect, it } from 'vitest';
import { pageCache } from '.';

const ROUTES = ['/(public)/aspirasi'];

function setup(ttlMs = 1000, extra: { maxPageBytes?: number; maxBytes?: number } = {}) {
	let clock = 0;
	const cache = pageCache(ROUTES, { ttlMs, localeCookie: 'LANG', now: () => clock, ...extra });
	let renders = 0;
	const render = (body = `page ${renders + 1}`, init: ResponseInit = {}) => {
		renders++;
		return new Response(body, {
			status: 200,
			headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'nonce-abc'" },
			...init
		});
	};
	const key = (
		over: { cookie?: string; method?: string; routeId?: string; url?: string; locale?: string } = {}
	) =>
		cache.keyOf({
			method: over.method ?? 'GET',
			url: over.url ?? 'http://x/aspirasi?urut=terbaru',
			headers: new Headers(over.cookie ? { cookie: over.cookie } : {}),
			routeId: over.routeId ?? '/(public)/aspirasi',
			locale: () => over.locale ?? 'id'
		});
	return { cache, render, key, tick: (ms: number) => (clock += ms), renders: () => renders };
}

describe('public page cache', () => {
	it('renders a page once and replays the same bytes and headers within its lifetime', async () => {
		const s = setup();
		const k = s.key()!;
		const first = await s.cache.respond(k, () => s.render());
		expect(first.headers.get('x-page-cache')).toBe('miss');
		s.tick(999);
		const second = await s.cache.respond(k, () => s.render());
		expect(await second.text()).toBe('page 1');
		expect(second.headers.get('x-page-cache')).toBe('hit');
		// The nonce travels with the page it was rendered for.
		expect(second.headers.get('content-security-policy')).toBe("script-src 'nonce-abc'");
		s.tick(1);
		expect(await (await s.cache.respond(k, () => s.render())).text()).toBe('page 2');
	});

	it('keeps pages apart by address and language', () => {
		const s = setup();
		expect(s.key()).not.toBe(s.key({ url: 'http://x/aspirasi' }));
		expect(s.key()).not.toBe(s.key({ locale: 'en' }));
		expect(s.key({ cookie: 'LANG=en' })).not.toBeNull();
	});

	it('never answers from the cache for a signed-in visitor, another route, a write, or when off', () => {
		const s = setup();
		expect(s.key({ cookie: 'session=abc' })).toBeNull();
		expect(s.key({ cookie: 'LANG=id; session=abc' })).toBeNull();
		expect(s.key({ routeId: '/(child)/saya' })).toBeNull();
		expect(s.key({ method: 'POST' })).toBeNull();
		expect(setup(0).key()).toBeNull();
	});

	it('does not keep errors, pages that set a cookie or forbid caching, or other types', async () => {
		const s = setup();
		const k = s.key()!;
		const answers: ResponseInit[] = [
			{ status: 404, headers: { 'content-type': 'text/html' } },
			{ headers: { 'content-type': 'text/html', 'set-cookie': 'a=b' } },
			{ headers: { 'content-type': 'text/html', 'cache-control': 'private, no-store' } },
			{ headers: { 'content-type': 'image/png' } }
		];
		for (const init of answers) {
			const res = await s.cache.respond(k, () => s.render('x', init));
			expect(res.headers.get('x-page-cache')).toBeNull();
		}
		expect(s.cache.size().pages).toBe(0);
		expect(s.renders()).toBe(4);
	});

	it('lets concurrent requests for one page wait for a single render', async () => {
		const s = setup();
		const k = s.key()!;
		let finish!: () => void;
		const slow = () => new Promise<Response>((resolve) => (finish = () => resolve(s.render('shared'))));
		const all = Promise.all([1, 2, 3].map(() => s.cache.respond(k, slow)));
		await Promise.resolve();
		finish();
		const bodies = await Promise.all((await all).map((r) => r.text()));
		expect(bodies).toEqual(['shared', 'shared', 'shared']);
		expect(s.renders()).toBe(1);
	});

	it('renders for each waiting request when the shared render cannot be kept', async () => {
		const s = setup();
		const k = s.key()!;
		const res = await Promise.all([1, 2].map(() => s.cache.respond(k, () => s.render('x', { status: 500 }))));
		expect(res.map((r) => r.status)).toEqual([500, 500]);
		expect(s.renders()).toBe(2);
	});

	it('bounds what it keeps: big pages are served but not kept, the oldest go first', async () => {
		const s = setup(1000, { maxPageBytes: 10, maxBytes: 12 });
		const big = await s.cache.respond(s.key()!, () => s.render('x'.repeat(11)));
		expect(await big.text()).toHaveLength(11);
		expect(s.cache.size().pages).toBe(0);
		for (const q of ['a', 'b', 'c'])
			await s.cache.respond(s.key({ url: `http://x/aspirasi?q=${q}` })!, () => s.render('123456'));
		expect(s.cache.size()).toEqual({ pages: 2, bytes: 12 });
	});
});
