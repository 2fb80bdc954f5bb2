// The GET /foto/[name] handler itself, wired to UPLOADS_DIR the way the server runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-foto-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Handler = (event: { params: { name: string }; request: Request }) => Promise<Response>;
let GET: Handler;
let savePhoto: (bytes: Uint8Array) => Promise<string>;

beforeAll(async () => {
	// config reads UPLOADS_DIR when first imported, so set it before importing the route.
	process.env.UPLOADS_DIR = dir;
	GET = (await import('../../../routes/foto/[name]/+server')).GET as unknown as Handler;
	({ savePhoto } = await import('./index'));
});

const get = (name: string, headers: HeadersInit = {}) =>
	GET({ params: { name }, request: new Request(`http://localhost/foto/${name}`, { headers }) });

describe('GET /foto/[name]', () => {
	it('serves a photo saved to UPLOADS_DIR, and 304 on a repeat visit', async () => {
		const png = await sharp({
			create: { width: 50, height: 40, channels: 3, background: '#264653' }
		})
			.png()
			.toBuffer();
		const name = await savePhoto(png);
		expect(fs.existsSync(path.join(dir, name))).toBe(true);

		const res = await get(name);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('image/webp');
		expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(50);

		const again = await get(name, { 'If-None-Match': res.headers.get('etag') ?? '' });
		expect(again.status).toBe(304);
	});

	it('answers 404 for path tricks and unknown names', async () => {
		for (const name of ['../etc/passwd', 'abc', 'ABCDEF0123456789ABCDEF0123456789.webp']) {
			expect((await get(name)).status, name).toBe(404);
		}
	});
});
