// Turns an uploaded photo into a small, clean WebP: the type is read from the bytes (never from the
// file name or the declared MIME type), the size and pixel count are bounded before any decoding, and
// the re-encoded image carries no metadata at all (no EXIF, GPS, XMP or ICC profile).
import sharp, { type Metadata } from 'sharp';
import { Invalid } from '../errors';

/** The largest upload accepted, checked before a single pixel is decoded. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a few kilobytes of PNG can declare gigapixels. 40 MP covers any phone. */
export const PHOTO_MAX_PIXELS = 40_000_000;
/** The stored photo fits in this square; smaller photos are never enlarged. */
export const PHOTO_MAX_EDGE = 1600;
/** Wider than this is no photo (a 1 × 40,000,000 strip would pass the pixel limit). */
const MAX_ASPECT_RATIO = 20;

/**
 * Error codes thrown as `Invalid(code, 'photo')`:
 * - photo_type: not a JPEG, PNG or WebP (text, PDF, SVG, GIF, AVIF…)
 * - photo_too_big: over PHOTO_MAX_BYTES
 * - photo_corrupt: looks like an image but cannot be decoded (truncated, damaged)
 * - photo_heic: an iPhone HEIC/HEIF photo this server's image library cannot decode
 * - photo_dimensions: too many pixels or an absurd shape
 */
export type PhotoErrorCode =
	'photo_type' | 'photo_too_big' | 'photo_corrupt' | 'photo_heic' | 'photo_dimensions';

export interface ProcessedPhoto {
	bytes: Buffer;
	/** Always WebP: see the comment in processPhoto. */
	type: 'image/webp';
	ext: 'webp';
	width: number;
	height: number;
}

const ACCEPTED = new Set(['jpeg', 'png', 'webp']);
// HEIF brands of HEVC-coded images (iPhone photos); AVIF uses the same container with 'avif'.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);

function refuse(code: PhotoErrorCode): never {
	throw new Invalid(code, 'photo');
}

/** True when the bytes are an ISO-BMFF file whose brands say HEVC-coded HEIF. */
export function looksLikeHeic(bytes: Uint8Array): boolean {
	if (bytes.length < 16) return false;
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64));
	if (text.toString('latin1', 4, 8) !== 'ftyp') return false;
	const boxSize = Math.min(text.readUInt32BE(0), text.length);
	// Major brand at 8, minor version at 12, compatible brands from 16 to the end of the box.
	for (let at = 8; at + 4 <= boxSize; at += at === 8 ? 8 : 4) {
		if (HEIC_BRANDS.has(text.toString('latin1', at, at + 4))) return true;
	}
	return false;
}

/** Reads an uploaded File, refusing an oversized one without loading it into memory first. */
export async function readPhotoFile(file: Blob): Promise<Uint8Array> {
	if (file.size > PHOTO_MAX_BYTES) refuse('photo_too_big');
	return new Uint8Array(await file.arrayBuffer());
}

/** The kind of failure behind a libvips error message. */
function classify(error: unknown): PhotoErrorCode {
	const message = error instanceof Error ? error.message : String(error);
	if (/pixel limit/i.test(message)) return 'photo_dimensions';
	if (/unsupported image format/i.test(message)) return 'photo_type';
	return 'photo_corrupt';
}

/**
 * Checks and re-encodes an uploaded photo. Throws `Invalid` with a PhotoErrorCode; never writes.
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
	if (bytes.length > PHOTO_MAX_BYTES) refuse('photo_too_big');
	if (bytes.length === 0) refuse('photo_type');
	// failOn 'error' refuses truncated and damaged files instead of padding them with grey.
	const options = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' as const };

	let meta: Metadata;
	try {
		meta = await sharp(bytes, options).metadata();
	} catch (error) {
		// A HEIC whose container libvips cannot even parse is still a HEIC to the child.
		refuse(looksLikeHeic(bytes) ? 'photo_heic' : classify(error));
	}

	const heic = meta.format === 'heif' && (meta.compression === 'hevc' || looksLikeHeic(bytes));
	if (!ACCEPTED.has(meta.format ?? '') && !heic) refuse('photo_type');
	const { width = 0, height = 0 } = meta;
	if (width < 1 || height < 1) refuse('photo_corrupt');
	if (width * height > PHOTO_MAX_PIXELS) refuse('photo_dimensions');
	if (Math.max(width, height) / Math.min(width, height) > MAX_ASPECT_RATIO) {
		refuse('photo_dimensions');
	}

	try {
		// WebP rather than JPEG: about a third smaller at the same quality, which children on metered
		// data pay for, and every browser in use reads it (Android Chrome and WebView since 2014,
		// iOS Safari since 14). sharp writes no metadata unless asked, converts to sRGB and drops the
		// ICC profile, so nothing of the camera, the place or the time survives.
		const { data, info } = await sharp(bytes, options)
			.autoOrient()
			.resize(PHOTO_MAX_EDGE, PHOTO_MAX_EDGE, { fit: 'inside', withoutEnlargement: true })
			.webp({ quality: 80 })
			.toBuffer({ resolveWithObject: true });
		return { bytes: data, type: 'image/webp', ext: 'webp', width: info.width, height: info.height };
	} catch (error) {
		// This build can read a HEIC's header but may lack the HEVC decoder (patents keep it out of
		// sharp's prebuilt binaries): say "convert to JPEG" rather than "damaged".
		refuse(heic ? 'photo_heic' : classify(error));
	}
}
