// Stores processed photos under UPLOADS_DIR with random names and serves them back.
// Names are 128 random bits: unguessable, so a photo is reachable only by someone given its name.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { config } from '../config';
import { PHOTO_SIZES, sizedName } from '$lib/photo-sizes';
import { Invalid } from '../errors';

/** Exactly the names storePhoto makes; anything else (paths, dots, capitals) is no photo. */
export const PHOTO_NAME = /^[0-9a-f]{32}\.webp$/;

export function isPhotoName(name: string): boolean {
	return PHOTO_NAME.test(name);
}

const SIZED_NAME = new RegExp(`^([0-9a-f]{32})-(${PHOTO_SIZES.join('|')})\\.webp$`);

/** The stored photo a requested name stands for (itself or one of its smaller copies), or null. */
export function photoBase(name: string): string | null {
	if (PHOTO_NAME.test(name)) return name;
	const match = SIZED_NAME.exec(name);
	return match ? `${match[1]}.webp` : null;
}

/** Every file a stored photo occupies: itself and its copies. */
export function filesOf(name: string): string[] {
	return [name, ...PHOTO_SIZES.map((size) => sizedName(name, size))];
}

/** The path of a stored photo or one of its copies; refuses any other name. */
function fileOf(dir: string, name: string): string {
	if (!photoBase(name)) throw new Invalid('photo_name', 'photo');
	return path.join(dir, name);
}

/**
 * Writes bytes under a name in the folder: to a temporary file that is flushed to disk and then
 * renamed, so a crash leaves either the whole file or none of it.
 */
export async function writeFileAtomically(dir: string, name: string, bytes: Uint8Array): Promise<void> {
	await fs.mkdir(dir, { recursive: true });
	// A dot-name never matches a photo's name, so a leftover temporary file is never served.
	const temp = path.join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
	const handle = await fs.open(temp, 'wx');
	try {
		await handle.writeFile(bytes);
		await handle.sync();
	} catch (error) {
		await handle.close();
		await fs.rm(temp, { force: true });
		throw error;
	}
	await handle.close();
	await fs.rename(temp, path.join(dir, name));
}

/** Writes a processed photo under a new random name and returns the name. */
export async function storePhoto(
	photo: { bytes: Uint8Array; ext: 'webp' },
	dir: string = config.uploadsDir
): Promise<string> {
	const name = `${randomBytes(16).toString('hex')}.${photo.ext}`;
	await writeFileAtomically(dir, name, photo.bytes);
	return name;
}

/** Removes a stored photo and its copies; false when it was already gone (deleting twice is harmless). */
export async function deletePhoto(name: string, dir: string = config.uploadsDir): Promise<boolean> {
	if (!isPhotoName(name)) throw new Invalid('photo_name', 'photo');
	for (const copy of filesOf(name).slice(1)) await fs.rm(fileOf(dir, copy), { force: true });
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

/** Opens a stored photo (or copy) for streaming, or null when the name is not ours or the file is gone. */
export async function openPhoto(name: string, dir: string = config.uploadsDir): Promise<OpenedPhoto | null> {
	if (!photoBase(name)) return null;
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
		etag: `"${name.replace(/\.webp$/, '')}"`
	};
}
