// The GET /foto/[name] handler itself, wired to UPLOADS_DIR and the database the way the server runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isHttpError } from '@sveltejs/kit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import type { IdeaStatus } from '../db/schema';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-foto-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Handler = (event: {
	params: { name: string };
	request: Request;
	locals: { user: SessionUser | null };
}) => Promise<Response>;
let GET: Handler;
let savePhoto: (bytes: Uint8Array) => Promise<string>;
let photoOf: (status: IdeaStatus) => Promise<string>;
let author: SessionUser;
let facilitator: SessionUser;

beforeAll(async () => {
	// config reads these when first imported, so set them before importing the route.
	process.env.UPLOADS_DIR = path.join(dir, 'uploads');
	process.env.DATABASE_PATH = path.join(dir, 'test.db');
	GET = (await import('../../../routes/foto/[name]/+server')).GET as unknown as Handler;
	({ savePhoto } = await import('./index'));
	const { getDb } = await import('../db');
	const { makeCycle, makeIdea, makeUser } = await import('../ideas/test-helpers');
	const { ideas } = await import('../db/schema');
	const { eq } = await import('drizzle-orm');
	const db = getDb();
	makeCycle(db);
	author = makeUser(db);
	facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
	const png = await sharp({ create: { width: 50, height: 40, channels: 3, background: '#264653' } })
		.png()
		.toBuffer();
	photoOf = async (status) => {
		const name = await savePhoto(png);
		const idea = makeIdea(db, author, { status });
		db.update(ideas).set({ photo: name }).where(eq(ideas.id, idea.id)).run();
		return name;
	};
});

async function get(name: string, user: SessionUser | null = null, headers: HeadersInit = {}) {
	try {
		return await GET({
			params: { name },
			request: new Request(`http://localhost/foto/${name}`, { headers }),
			locals: { user }
		});
	} catch (e) {
		if (isHttpError(e)) return new Response(null, { status: e.status });
		throw e;
	}
}

describe('GET /foto/[name]', () => {
	it('serves the photo of a published idea to anyone, cached for a year, and 304 on a repeat visit', async () => {
		const name = await photoOf('terbit');
		const res = await get(name);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('image/webp');
		expect(res.headers.get('cache-control')).toContain('immutable');
		expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(50);
		const again = await get(name, null, { 'If-None-Match': res.headers.get('etag') ?? '' });
		expect(again.status).toBe(304);
	});

	it('shows the photo of a waiting idea only to its author and moderators, never cached', async () => {
		const name = await photoOf('menunggu');
		expect((await get(name)).status).toBe(404);
		const own = await get(name, author);
		expect(own.status).toBe(200);
		expect(own.headers.get('cache-control')).toBe('private, no-store');
		expect((await get(name, facilitator)).status).toBe(200);
	});

	it('never serves the photo of a safeguarding post here, not even to staff', async () => {
		const name = await photoOf('perlindungan');
		expect((await get(name, author)).status).toBe(404);
		expect((await get(name, facilitator)).status).toBe(404);
	});

	it('answers 404 for path tricks, unknown names and photos no idea uses', async () => {
		const orphan = await savePhoto(
			await sharp({ create: { width: 5, height: 5, channels: 3, background: '#000' } })
				.png()
				.toBuffer()
		);
		for (const name of ['../etc/passwd', 'abc', 'ABCDEF0123456789ABCDEF0123456789.webp', orphan]) {
			expect((await get(name)).status, name).toBe(404);
		}
	});
});
