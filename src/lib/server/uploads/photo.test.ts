// Real images made with sharp (no mocks): what goes in, what comes out, what is refused and why.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../errors';
import {
	looksLikeHeic,
	PHOTO_MAX_BYTES,
	PHOTO_MAX_EDGE,
	processPhoto,
	readPhotoFile,
	type PhotoErrorCode
} from './photo';

// 64×48 HEVC-coded HEIC made with libheif's encoder: `heif-enc -q 40 in.png -o tiny.heic`.
const HEIC = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/tiny.heic'));

async function refusal(bytes: Uint8Array): Promise<string> {
	try {
		await processPhoto(bytes);
	} catch (e) {
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).field).toBe('photo');
		return (e as Invalid).code;
	}
	throw new Error('expected the photo to be refused');
}

const solid = (width: number, height: number, background = '#2a9d8f') =>
	sharp({ create: { width, height, channels: 3, background } });

/** Random pixels, so the JPEG is big enough to cut in half meaningfully. */
function noise(width: number, height: number) {
	const pixels = Buffer.alloc(width * height * 3);
	for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
	return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** The GPS tags of an EXIF block (sharp's "Exif\0\0" + TIFF), or null when it has no GPS IFD. */
function gpsTags(exif: Buffer | undefined): number[] | null {
	if (!exif) return null;
	const tiff = exif.subarray(6);
	const le = tiff.toString('latin1', 0, 2) === 'II';
	const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
	const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
	const entries = (ifd: number) =>
		Array.from({ length: u16(ifd) }, (_, i) => ({
			tag: u16(ifd + 2 + i * 12),
			value: u32(ifd + 10 + i * 12)
		}));
	const pointer = entries(u32(4)).find((e) => e.tag === 0x8825);
	return pointer ? entries(pointer.value).map((e) => e.tag) : null;
}

describe('processPhoto accepts', () => {
	it.each([
		['JPEG', () => solid(320, 240).jpeg().toBuffer()],
		['PNG', () => solid(320, 240).png().toBuffer()],
		[
			'PNG with transparency',
			() =>
				sharp({ create: { width: 320, height: 240, channels: 4, background: '#0000' } })
					.png()
					.toBuffer()
		],
		['WebP', () => solid(320, 240).webp().toBuffer()]
	])('a %s and returns a WebP of the same size', async (_kind, make) => {
		const out = await processPhoto(await make());
		const meta = await sharp(out.bytes).metadata();
		expect(meta.format).toBe('webp');
		expect([meta.width, meta.height, out.width, out.height]).toEqual([320, 240, 320, 240]);
		expect(out.type).toBe('image/webp');
		expect(out.ext).toBe('webp');
	});
});

describe('processPhoto strips metadata', () => {
	it('removes EXIF with GPS, XMP and the ICC profile of a real JPEG', async () => {
		const input = await noise(400, 300)
			.jpeg()
			.withExif({
				IFD0: { Make: 'HP Murah', Model: 'A1' },
				IFD3: {
					GPSLatitudeRef: 'N',
					GPSLatitude: '0/1 55/1 12/1',
					GPSLongitudeRef: 'E',
					GPSLongitude: '109/1 29/1 3/1'
				}
			})
			.withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>')
			.withIccProfile('p3')
			.toBuffer();
		const before = await sharp(input).metadata();
		expect(gpsTags(before.exif)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
		expect(before.exif?.toString('latin1')).toContain('HP Murah');
		expect(before.xmp).toBeDefined();
		expect(before.icc).toBeDefined();

		const out = await processPhoto(input);
		const after = await sharp(out.bytes).metadata();
		expect(after.exif).toBeUndefined();
		expect(gpsTags(after.exif)).toBeNull();
		expect(after.xmp).toBeUndefined();
		expect(after.icc).toBeUndefined();
		expect(out.bytes.includes('HP Murah')).toBe(false);
	});

	it('applies the EXIF orientation to the pixels and drops the tag', async () => {
		// Red left half, blue right half; orientation 6 means "turn 90° clockwise to view".
		const left = await solid(100, 100, '#ff0000').png().toBuffer();
		const input = await solid(200, 100, '#0000ff')
			.composite([{ input: left, left: 0, top: 0 }])
			.jpeg()
			.withMetadata({ orientation: 6 })
			.toBuffer();
		expect((await sharp(input).metadata()).orientation).toBe(6);

		const out = await processPhoto(input);
		expect([out.width, out.height]).toEqual([100, 200]);
		const meta = await sharp(out.bytes).metadata();
		expect(meta.orientation).toBeUndefined();
		const { data } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
		// After turning clockwise the red half is on top: the first pixel is red.
		expect(data[0]).toBeGreaterThan(200);
		expect(data[2]).toBeLessThan(60);
	});
});

describe('processPhoto resizes', () => {
	it.each([
		[3000, 2000, 1600, 1067],
		[1200, 4000, 480, 1600],
		[1600, 1600, 1600, 1600],
		[300, 200, 300, 200]
	])('%i×%i to %i×%i (fits %i px, never enlarges)', async (w, h, outW, outH) => {
		const out = await processPhoto(await solid(w, h).jpeg().toBuffer());
		expect([out.width, out.height]).toEqual([outW, outH]);
		expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(PHOTO_MAX_EDGE);
	});
});

describe('processPhoto refuses', () => {
	it.each<[string, () => Promise<Uint8Array> | Uint8Array, PhotoErrorCode]>([
		['a text file named .jpg', () => Buffer.from('Ini bukan foto, ini surat.\n'), 'photo_type'],
		['an empty file', () => new Uint8Array(0), 'photo_type'],
		[
			'an SVG (a script could hide in it)',
			() => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'),
			'photo_type'
		],
		['a GIF', () => solid(20, 20).gif().toBuffer(), 'photo_type'],
		['an AVIF', () => solid(20, 20).avif().toBuffer(), 'photo_type'],
		['a PDF', () => Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), 'photo_type'],
		[
			'a JPEG cut in half',
			async () => {
				const whole = await noise(600, 400).jpeg().toBuffer();
				return whole.subarray(0, whole.length >> 1);
			},
			'photo_corrupt'
		],
		[
			'a JPEG header followed by garbage',
			() => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x5a)]),
			'photo_corrupt'
		],
		[
			'a decompression bomb (48 MP of white in a small PNG)',
			() => solid(8000, 6000, '#ffffff').png({ compressionLevel: 9 }).toBuffer(),
			'photo_dimensions'
		],
		['a 40:1 strip', () => solid(4000, 100).jpeg().toBuffer(), 'photo_dimensions']
	])('%s', async (_what, make, code) => {
		expect(await refusal(await make())).toBe(code);
	});

	it('a 12 MB file by its size, before decoding it', async () => {
		// The bytes are no image at all: decoding would say photo_type, so photo_too_big proves the
		// size was checked first.
		expect(await refusal(new Uint8Array(12 * 1024 * 1024))).toBe('photo_too_big');
		expect(await refusal(new Uint8Array(PHOTO_MAX_BYTES + 1))).toBe('photo_too_big');
		expect(await refusal(new Uint8Array(PHOTO_MAX_BYTES))).toBe('photo_type');
	});

	it('an oversized upload without reading it into memory', async () => {
		const big = new Blob([new Uint8Array(12 * 1024 * 1024)], { type: 'image/jpeg' });
		await expect(readPhotoFile(big)).rejects.toMatchObject({ code: 'photo_too_big' });
		const small = new Blob([Buffer.from('abc')]);
		expect(Array.from(await readPhotoFile(small))).toEqual([97, 98, 99]);
	});
});

describe('HEIC', () => {
	it('recognises HEIC by its brands, not AVIF or other files', async () => {
		expect(looksLikeHeic(HEIC)).toBe(true);
		expect(looksLikeHeic(await solid(20, 20).avif().toBuffer())).toBe(false);
		expect(looksLikeHeic(await solid(20, 20).jpeg().toBuffer())).toBe(false);
		expect(looksLikeHeic(new Uint8Array(4))).toBe(false);
	});

	it('is accepted when this build decodes HEVC, else refused with photo_heic', async () => {
		const decodes = await sharp(HEIC)
			.png()
			.toBuffer()
			.then(() => true)
			.catch(() => false);
		if (decodes) {
			const out = await processPhoto(HEIC);
			expect([out.type, out.width, out.height]).toEqual(['image/webp', 64, 48]);
		} else {
			expect(await refusal(HEIC)).toBe('photo_heic');
		}
	});

	it('a damaged HEIC is still called a HEIC, so the child hears "convert to JPEG"', async () => {
		expect(await refusal(HEIC.subarray(0, 40))).toBe('photo_heic');
	});
});
