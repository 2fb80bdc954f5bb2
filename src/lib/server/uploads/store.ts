// Stores processed photos under UPLOADS_DIR with random names and serves them back.
// Names are 128 random bits: unguessable, so a photo is reachable only by someone given its name.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { config } from '../config';
import { Invalid } from '../errors';

/** Exactly the names storePhoto makes; anything else (paths, dots, capitals) is no photo. */
export const PHOTO_NAME = /^[0-9a-f]{32}\.webp$/;

export function isPhotoName(name: string): boolean {
	return PHOTO_NAME.test(name);
}

function fileOf(dir: string, name: string): string {
	if (!isPhotoName(name)) throw new Invalid('photo_name', 'photo');
	return path.join(dir, name);
}

/**
 * Writes a processed photo and returns its new name. The bytes go to a temporary file that is
 * flushed to disk and then renamed, so a crash leaves either the whole photo or none of it.
 */
export async function storePhoto(
	photo: { bytes: Uint8Array; ext: 'webp' },
	dir: string = config.uploadsDir
): Promise<string> {
	await fs.mkdir(dir, { recursive: true });
	const name = `${randomBytes(16).toString('hex')}.${photo.ext}`;
	// A dot-name never matches PHOTO_NAME, so a leftover temporary file is never served.
	const temp = path.join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
	const handle = await fs.open(temp, 'wx');
	try {
		await handle.writeFile(photo.bytes);
		await handle.sync();
	} catch (error) {
		await handle.close();
		await fs.rm(temp, { force: true });
		throw error;
	}
	await handle.close();
	await fs.rename(temp, fileOf(dir, name));
	return name;
}

/** Removes a stored photo; false when it was already gone (deleting twice is harmless). */
export async function deletePhoto(name: string, dir: string = config.uploadsDir): Promise<boolean> {
	try {
		await fs.unlink(fileOf(dir, name));
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
}

export interface OpenedPhoto {
	stream: ReadableStream<Uint8Array>;
	size: number;
	contentType: string;
	etag: string;
}

/** Opens a stored photo for streaming, or null when the name is not ours or the file is gone. */
export async function openPhoto(name: string, dir: string = config.uploadsDir): Promise<OpenedPhoto | null> {
	if (!isPhotoName(name)) return null;
	let handle: fs.FileHandle;
	try {
		handle = await fs.open(fileOf(dir, name), 'r');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
	let size: number;
	try {
		({ size } = await handle.stat());
	} catch (error) {
		await handle.close();
		throw error;
	}
	// The open handle keeps the file readable even if it is deleted meanwhile; the stream closes it.
	const stream = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
	return {
		stream,
		size,
		contentType: 'image/webp',
		// The name never gets other content, so it is a perfect strong validator.
		etag: `"${name.slice(0, 32)}"`
	};
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The whole answer to GET /foto/[name]: 404 for a name that is not ours or is gone, 304 when the
 * browser already holds it, otherwise the file streamed with its type and a year-long cache.
 */
export async function photoResponse(
	name: string,
	ifNoneMatch: string | null,
	dir: string = config.uploadsDir,
	cache: 'public' | 'private' = 'public'
): Promise<Response> {
	const photo = await openPhoto(name, dir);
	if (!photo) {
		return new Response('Not found', {
			status: 404,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
		});
	}
	const headers = {
		'Cache-Control': cache === 'public' ? IMMUTABLE : 'private, no-store',
		'X-Content-Type-Options': 'nosniff',
		ETag: photo.etag
	};
	if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === photo.etag)) {
		await photo.stream.cancel();
		return new Response(null, { status: 304, headers });
	}
	return new Response(photo.stream, {
		headers: { ...headers, 'Content-Type': photo.contentType, 'Content-Length': String(photo.size) }
	});
}
