// The store against a real temporary folder: random names, atomic writes, strict names when serving.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { Invalid } from '../errors';
import { savePhoto } from './index';
import { photoResponse } from './serve';
import { deletePhoto, filesOf, isPhotoName, openPhoto, storePhoto } from './store';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-uploads-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A folder that does not exist yet: the store must create it. */
const freshDir = () => path.join(root, `dir-${++n}`, 'uploads');

const jpeg = () =>
	sharp({ create: { width: 800, height: 600, channels: 3, background: '#e76f51' } })
		.jpeg()
		.toBuffer();

const BAD_NAMES = [
	'../etc/passwd',
	'..%2Fetc%2Fpasswd',
	'abc',
	'',
	'0123456789ABCDEF0123456789ABCDEF.webp',
	'0123456789abcdef0123456789abcdef.jpg',
	'0123456789abcdef0123456789abcdef.webp.txt',
	'0123456789abcdef0123456789abcde.webp',
	'0123456789abcdef0123456789abcdef0.webp',
	'sub/0123456789abcdef0123456789abcdef.webp',
	'.tmp-0123456789abcdef',
	'0123456789abcdef0123456789abcdef.webp\n'
];

describe('isPhotoName', () => {
	it('accepts only 32 lower-case hex characters and .webp', () => {
		expect(isPhotoName('0123456789abcdef0123456789abcdef.webp')).toBe(true);
		for (const name of BAD_NAMES) expect(isPhotoName(name), name).toBe(false);
	});
});

describe('savePhoto', () => {
	it('creates the folder and stores a clean WebP under a random name, leaving no temporary file', async () => {
		const dir = freshDir();
		const name = await savePhoto(await jpeg(), dir);
		expect(isPhotoName(name)).toBe(true);
		expect(fs.readdirSync(dir).sort()).toEqual(filesOf(name).sort());
		const meta = await sharp(path.join(dir, name)).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['webp', 800, 600]);
	});

	it('never gives two photos the same name', async () => {
		const dir = freshDir();
		const bytes = await jpeg();
		const names = await Promise.all(Array.from({ length: 5 }, () => savePhoto(bytes, dir)));
		expect(new Set(names).size).toBe(5);
		expect(fs.readdirSync(dir).sort()).toEqual(names.flatMap(filesOf).sort());
	});

	it('writes nothing when the photo is refused', async () => {
		const dir = freshDir();
		await expect(savePhoto(Buffer.from('not a photo'), dir)).rejects.toMatchObject({
			code: 'photo_type'
		});
		expect(fs.existsSync(dir)).toBe(false);
	});

	it('removes its temporary file when the write fails', async () => {
		const dir = freshDir();
		fs.mkdirSync(dir, { recursive: true });
		// A detached buffer cannot be written: the write throws after the temporary file exists.
		const bytes = new Uint8Array(new ArrayBuffer(8));
		structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
		await expect(storePhoto({ bytes, ext: 'webp' }, dir)).rejects.toThrow();
		expect(fs.readdirSync(dir)).toEqual([]);
	});
});

describe('deletePhoto', () => {
	it('removes a stored photo once; a second delete is harmless', async () => {
		const dir = freshDir();
		const name = await savePhoto(await jpeg(), dir);
		expect(await deletePhoto(name, dir)).toBe(true);
		expect(fs.readdirSync(dir)).toEqual([]);
		expect(await deletePhoto(name, dir)).toBe(false);
	});

	it('refuses a name that is not a photo name, touching nothing', async () => {
		const dir = freshDir();
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(root, 'keep.txt'), 'x');
		for (const name of ['../../keep.txt', 'abc']) {
			await expect(deletePhoto(name, dir)).rejects.toBeInstanceOf(Invalid);
		}
		expect(fs.existsSync(path.join(root, 'keep.txt'))).toBe(true);
	});
});

describe('photoResponse (GET /foto/[name])', () => {
	it('streams the photo with its type, a year-long immutable cache and nosniff', async () => {
		const dir = freshDir();
		const name = await savePhoto(await jpeg(), dir);
		const res = await photoResponse(name, null, dir);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('image/webp');
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('etag')).toBe(`"${name.slice(0, 32)}"`);
		const body = Buffer.from(await res.arrayBuffer());
		expect(body.equals(fs.readFileSync(path.join(dir, name)))).toBe(true);
		expect(res.headers.get('content-length')).toBe(String(body.length));
	});

	it('answers 304 when the browser already has it', async () => {
		const dir = freshDir();
		const name = await savePhoto(await jpeg(), dir);
		const etag = `"${name.slice(0, 32)}"`;
		const res = await photoResponse(name, `"other", W/${etag}`, dir);
		expect(res.status).toBe(304);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect((await photoResponse(name, '"other"', dir)).status).toBe(200);
	});

	it('answers 404 for a well-formed name that was never stored or was deleted', async () => {
		const dir = freshDir();
		const name = await savePhoto(await jpeg(), dir);
		await deletePhoto(name, dir);
		expect((await photoResponse(name, null, dir)).status).toBe(404);
		expect((await openPhoto('0123456789abcdef0123456789abcdef.webp', dir)) === null).toBe(true);
	});

	it('answers 404 for every name outside the pattern, even when such a file exists', async () => {
		const dir = freshDir();
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'abc'), 'secret');
		fs.writeFileSync(path.join(dir, '.tmp-0123456789abcdef'), 'half');
		fs.writeFileSync(path.join(dir, '0123456789ABCDEF0123456789ABCDEF.webp'), 'upper');
		for (const name of BAD_NAMES) {
			const res = await photoResponse(name, null, dir);
			expect(res.status, name).toBe(404);
			expect(await res.text()).not.toMatch(/secret|half|upper|root:/);
		}
	});
});
