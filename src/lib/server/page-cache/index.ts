// A crowd following one link (a class, a WhatsApp group, the local radio reading out the address) asks
// for the same public pages at the same moment. For visitors who are not signed in those pages are the
// same bytes for everyone who reads the same language, so each is rendered once and replayed for a
// moment (PAGE_CACHE_MS, 1 s): a second of delay on a vote count, in exchange for serving the crowd
// at the speed of a static file. Signed-in people (any other cookie) always get a fresh page, and only
// a plain 200 page without a cookie of its own is kept. Concurrent misses for one page wait for the
// one render instead of rendering it fifty times.
//
// The stored page keeps the CSP nonce it was rendered with: the nonce and the scripts carrying it are
// replayed together, so nothing can be added to a page that the nonce would let run.

export interface StoredPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	storedAt: number;
}

export interface PageCacheOptions {
	/** 0: nothing is kept. */
	ttlMs: number;
	/** The cookie that only says which language the visitor reads. */
	localeCookie: string;
	/** Pages larger than this are not kept. */
	maxPageBytes?: number;
	/** The oldest pages go once all kept pages together reach this. */
	maxBytes?: number;
	now?: () => number;
}

export interface PageRequest {
	method: string;
	url: string;
	headers: Headers;
	/** The SvelteKit route id, checked against `routes`. */
	routeId: string | null;
	/** The language the page will be rendered in (asked only for a page the cache may answer). */
	locale: () => string;
}

const KEPT_TYPES = ['text/html', 'application/json'];

export function pageCache(routes: readonly string[], options: PageCacheOptions) {
	const { ttlMs, localeCookie, maxPageBytes = 512 * 1024, maxBytes = 32 * 1024 * 1024 } = options;
	const now = options.now ?? Date.now;
	const pages = new Map<string, StoredPage>();
	const rendering = new Map<string, Promise<StoredPage | null>>();
	let bytes = 0;

	const drop = (key: string) => {
		const page = pages.get(key);
		if (!page) return;
		bytes -= page.body.byteLength;
		pages.delete(key);
	};

	/** The key of a request the cache may answer, or null: not a GET, another route, or any cookie but the language. */
	function keyOf(req: PageRequest): string | null {
		if (ttlMs <= 0 || req.method !== 'GET' || !req.routeId || !routes.includes(req.routeId)) return null;
		const cookie = req.headers.get('cookie');
		if (cookie && cookie.split(';').some((c) => !c.trim().startsWith(`${localeCookie}=`))) return null;
		if (req.headers.has('authorization')) return null;
		// The full address: a page and its __data.json (with SvelteKit's invalidation flags) differ.
		return `${req.locale()} ${req.url}`;
	}

	function fresh(key: string): StoredPage | null {
		const page = pages.get(key);
		if (!page) return null;
		if (now() - page.storedAt < ttlMs) return page;
		drop(key);
		return null;
	}

	/** Only a plain 200 page (HTML or SvelteKit's JSON) that sets no cookie and allows caching. */
	function keepable(response: Response): boolean {
		const type = response.headers.get('content-type') ?? '';
		return (
			response.status === 200 &&
			!!response.body &&
			!response.headers.has('set-cookie') &&
			!/no-store|private/.test(response.headers.get('cache-control') ?? '') &&
			KEPT_TYPES.some((t) => type.startsWith(t)) &&
			Number(response.headers.get('content-length') ?? 0) <= maxPageBytes
		);
	}

	function keep(key: string, page: StoredPage): void {
		drop(key);
		pages.set(key, page);
		bytes += page.body.byteLength;
		for (const oldest of pages.keys()) {
			if (bytes <= maxBytes) break;
			drop(oldest);
		}
	}

	return {
		keyOf,
		/**
		 * Answers from the cache, or renders once (concurrent requests for the same page wait for that
		 * render) and keeps the page when it may be kept. `render` gives the app's own answer.
		 */
		async respond(key: string, render: () => Response | Promise<Response>): Promise<Response> {
			const hit = fresh(key);
			if (hit) return replay(hit, 'hit');
			const pending = rendering.get(key);
			if (pending) {
				const shared = await pending;
				if (shared) return replay(shared, 'hit');
				return render();
			}
			let settle!: (page: StoredPage | null) => void;
			rendering.set(key, new Promise((resolve) => (settle = resolve)));
			let page: StoredPage | null = null;
			try {
				const response = await render();
				if (!keepable(response)) return response;
				const body = new Uint8Array(await response.arrayBuffer());
				const read = { status: 200, headers: [...response.headers], body, storedAt: now() };
				if (body.byteLength > maxPageBytes) return replay(read, 'miss');
				keep(key, (page = read));
				return replay(page, 'miss');
			} finally {
				rendering.delete(key);
				settle(page);
			}
		},
		size: () => ({ pages: pages.size, bytes })
	};
}

function replay(page: StoredPage, state: 'hit' | 'miss'): Response {
	const headers = new Headers(page.headers);
	headers.set('x-page-cache', state);
	// A plain stream handing over the stored bytes as they are: `new Response(bytes)` would copy them
	// for every visitor (the stored array is only ever read, never transferred).
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			controller.enqueue(page.body);
			controller.close();
		}
	});
	return new Response(body, { status: page.status, headers });
}
