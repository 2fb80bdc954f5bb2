// Makes and finds the smaller copies of stored photos (see $lib/photo-sizes). A copy is made from the
// stored, already-cleaned photo, so it carries no metadata either. Copies are derived data: a missing
// one is made again when it is first asked for, and on start for photos stored before copies existed.
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { PHOTO_SIZES, THUMB_SIZES, sizedName, type PhotoSize } from '$lib/photo-sizes';
import { config } from '../config';
import { PHOTO_NAME, writeFileAtomically } from './store';

function resize(bytes: Uint8Array, size: PhotoSize): Promise<Buffer> {
	const square = (THUMB_SIZES as readonly number[]).includes(size);
	return sharp(bytes)
		.resize(
			size,
			size,
			square ? { fit: 'cover', position: 'attention' } : { fit: 'inside', withoutEnlargement: true }
		)
		.webp({ quality: square ? 70 : 75 })
		.toBuffer();
}

/** Writes every copy of a stored photo from its bytes. */
export async function storeSizes(
	name: string,
	bytes: Uint8Array,
	dir: string = config.uploadsDir
): Promise<void> {
	for (const size of PHOTO_SIZES) {
		await writeFileAtomically(dir, sizedName(name, size), await resize(bytes, size));
	}
}

/** Makes the copies a stored photo lacks; false when the photo itself is gone. */
export async function ensureSizes(name: string, dir: string = config.uploadsDir): Promise<boolean> {
	let bytes: Buffer;
	try {
		bytes = await fs.readFile(path.join(dir, name));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
	await storeSizes(name, bytes, dir);
	return true;
}

/** Makes the missing copies of every photo in the folder; returns how many photos needed them. */
export async function backfillSizes(dir: string = config.uploadsDir): Promise<number> {
	let names: string[];
	try {
		names = await fs.readdir(dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
		throw error;
	}
	const present = new Set(names);
	let made = 0;
	for (const name of names) {
		if (!PHOTO_NAME.test(name)) continue;
		if (PHOTO_SIZES.every((size) => present.has(sizedName(name, size)))) continue;
		if (await ensureSizes(name, dir)) made++;
	}
	return made;
}
