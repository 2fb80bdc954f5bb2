import { config } from '../config';
import { processPhoto, readPhotoFile, type ProcessedPhoto } from './photo';
import { storeSizes } from './sizes';
import { deletePhoto, storePhoto } from './store';

export * from './photo';
export * from './serve';
export * from './sizes';
export * from './store';

/** Stores a processed photo and its smaller copies; returns its name, or leaves no file behind. */
export async function storeWithSizes(
	photo: ProcessedPhoto,
	dir: string = config.uploadsDir
): Promise<string> {
	const name = await storePhoto(photo, dir);
	try {
		await storeSizes(name, photo.bytes, dir);
	} catch (error) {
		await deletePhoto(name, dir);
		throw error;
	}
	return name;
}

/**
 * Checks, cleans and stores an uploaded photo and its copies in one step; returns the stored name to
 * keep with the idea. Throws `Invalid` (see PhotoErrorCode) and writes nothing when it is refused.
 */
export async function savePhoto(bytes: Uint8Array, dir: string = config.uploadsDir): Promise<string> {
	return storeWithSizes(await processPhoto(bytes), dir);
}

/**
 * How a verb takes a posted photo (an empty file input is no photo): reads, checks, cleans and stores
 * it, then runs `write` with the stored name (null without a photo) and removes the photo again when
 * `write` throws. Nothing is half-written: a refused or unstorable photo writes no row, a refused
 * write leaves no photo. `write` is synchronous, so its checks and its transaction see one state.
 */
export async function withPhoto<T>(
	file: Blob | null | undefined,
	write: (photo: string | null) => T,
	dir: string = config.uploadsDir
): Promise<T> {
	const photo = file && file.size > 0 ? await savePhoto(await readPhotoFile(file), dir) : null;
	try {
		return write(photo);
	} catch (error) {
		if (photo) await deletePhoto(photo, dir);
		throw error;
	}
}
