// An uploads folder and photo files for tests of verbs that take a photo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { isPhotoName, photoBase } from './store';

/**
 * A fresh folder under the system's temp dir; `files()` lists the stored photos (their smaller copies
 * are not listed, but a copy left without its photo fails the test), `remove()` cleans up.
 */
export function tempUploads(prefix = 'suara-uploads-') {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const files = () => {
		const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')) : [];
		const photos = new Set(names.filter(isPhotoName));
		const orphans = names.filter((f) => !photos.has(photoBase(f) ?? ''));
		if (orphans.length) throw new Error(`files without their photo: ${orphans.join(', ')}`);
		return [...photos].sort();
	};
	return {
		dir,
		files,
		remove: () => fs.rmSync(dir, { recursive: true, force: true })
	};
}

/** A small PNG as a browser would post it. */
export async function photoFile(background = '#264653'): Promise<File> {
	const png = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
		.png()
		.toBuffer();
	return new File([new Uint8Array(png)], 'foto.png', { type: 'image/png' });
}

/** Bytes that are no image at all, declared as one. */
export function notAPhoto(): File {
	return new File(['%PDF-1.4 bukan foto'], 'foto.jpg', { type: 'image/jpeg' });
}
