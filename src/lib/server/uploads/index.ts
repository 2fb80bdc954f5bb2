import { config } from '../config';
import { processPhoto } from './photo';
import { storePhoto } from './store';

export * from './photo';
export * from './store';

/**
 * Checks, cleans and stores an uploaded photo in one step; returns the stored name to keep with
 * the idea. Throws `Invalid` (see PhotoErrorCode) and writes nothing when the photo is refused.
 */
export async function savePhoto(bytes: Uint8Array, dir: string = config.uploadsDir): Promise<string> {
	return storePhoto(await processPhoto(bytes), dir);
}
