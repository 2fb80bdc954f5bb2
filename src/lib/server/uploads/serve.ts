// Answers a request for a stored photo or one of its smaller copies.
import { config } from '../config';
import { ensureSizes } from './sizes';
import { openPhoto, photoBase } from './store';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The whole answer to GET /foto/[name] (a photo or one of its copies): 404 for a name that is not ours or is gone, 304 when the
 * browser already holds it, otherwise the file streamed with its type and a year-long cache.
 */
export async function photoResponse(
	name: string,
	ifNoneMatch: string | null,
	dir: string = config.uploadsDir,
	cache: 'public' | 'private' = 'public'
): Promise<Response> {
	let photo = await openPhoto(name, dir);
	const base = photoBase(name);
	// A copy that is not there yet (a photo from before copies, or a folder restored without them) is
	// made now from its photo; only a photo that is itself gone is a 404.
	if (!photo && base && base !== name && (await ensureSizes(base, dir))) photo = await openPhoto(name, dir);
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
