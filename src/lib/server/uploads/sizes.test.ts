// The smaller copies against a real temporary folder: made at upload, served by their own names,
// made again when missing, removed with their photo, and never a way to other files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { sizedName } from '$lib/photo-sizes';
import { backfillSizes, deletePhoto, photoBase, photoResponse, savePhoto, storePhoto } from './index';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-sizes-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => path.join(root, `dir-${++n}`);

// A noisy photo, so its size is a real photo's and not a flat colour's.
async function photo(width = 1600, height = 1067): Promise<Buffer> {
	const noise = Buffer.alloc(width * height * 3);
	for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
	return sharp(noise, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 90 })
		.toBuffer();
}

async function sizeOf(dir: string, name: string) {
	const meta = await sharp(path.join(dir, name)).metadata();
	return { width: meta.width, height: meta.height, bytes: fs.statSync(path.join(dir, name)).size };
}

describe('photo copies', () => {
	it('are made at upload: square 96 and 192 px thumbnails and an 800 px page copy', async () => {
		const dir = freshDir();
		const name = await savePhoto(await photo(), dir);
		expect(await sizeOf(dir, sizedName(name, 96))).toMatchObject({ width: 96, height: 96 });
		expect(await sizeOf(dir, sizedName(name, 192))).toMatchObject({ width: 192, height: 192 });
		expect(await sizeOf(dir, sizedName(name, 800))).toMatchObject({ width: 800, height: 534 });
		// Twenty thumbnails at 2x cost less than one stored photo.
		const full = (await sizeOf(dir, name)).bytes;
		expect(20 * (await sizeOf(dir, sizedName(name, 192))).bytes).toBeLessThan(full);
	});

	it('never enlarge a small photo', async () => {
		const dir = freshDir();
		const name = await savePhoto(await photo(400, 300), dir);
		expect(await sizeOf(dir, sizedName(name, 800))).toMatchObject({ width: 400, height: 300 });
	});

	it('are served under their own names with their own validator', async () => {
		const dir = freshDir();
		const name = await savePhoto(await photo(), dir);
		const res = await photoResponse(sizedName(name, 96), null, dir);
		expect(res.status).toBe(200);
		expect(res.headers.get('etag')).toBe(`"${name.slice(0, 32)}-96"`);
		const bytes = Buffer.from(await res.arrayBuffer());
		expect((await sharp(bytes).metadata()).width).toBe(96);
	});

	it('are made when first asked for, for a photo stored without them', async () => {
		const dir = freshDir();
		const name = await storePhoto(
			{
				bytes: await sharp(await photo())
					.webp()
					.toBuffer(),
				ext: 'webp'
			},
			dir
		);
		expect(fs.existsSync(path.join(dir, sizedName(name, 192)))).toBe(false);
		const res = await photoResponse(sizedName(name, 192), null, dir);
		expect(res.status).toBe(200);
		expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(192);
	});

	it('are made on start for every photo that lacks them, once', async () => {
		const dir = freshDir();
		const webp = await sharp(await photo(600, 400))
			.webp()
			.toBuffer();
		const old = [
			await storePhoto({ bytes: webp, ext: 'webp' }, dir),
			await storePhoto({ bytes: webp, ext: 'webp' }, dir)
		];
		await savePhoto(await photo(600, 400), dir);
		expect(await backfillSizes(dir)).toBe(2);
		for (const name of old) expect(fs.existsSync(path.join(dir, sizedName(name, 96)))).toBe(true);
		expect(await backfillSizes(dir)).toBe(0);
		expect(await backfillSizes(path.join(dir, 'none'))).toBe(0);
	});

	it('go with their photo when it is deleted', async () => {
		const dir = freshDir();
		const name = await savePhoto(await photo(600, 400), dir);
		expect(await deletePhoto(name, dir)).toBe(true);
		expect(fs.readdirSync(dir)).toEqual([]);
	});

	it('answer 404 when their photo is gone, and name no other file', async () => {
		const dir = freshDir();
		const missing = '0123456789abcdef0123456789abcdef';
		expect((await photoResponse(`${missing}-96.webp`, null, dir)).status).toBe(404);
		expect(photoBase(`${missing}-96.webp`)).toBe(`${missing}.webp`);
		for (const bad of [
			`${missing}-97.webp`,
			`${missing}-96.webp.txt`,
			`../${missing}-96.webp`,
			`${missing}-96`
		]) {
			expect(photoBase(bad)).toBeNull();
			expect((await photoResponse(bad, null, dir)).status).toBe(404);
		}
	});
});
