// The photo of a done golden ticket: public like the ticket itself. A realisation is final, so the
// photo behind this address never changes and may be cached like an idea's photo.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as reviews from '$lib/server/reviews';
import * as uploads from '$lib/server/uploads';

export const GET: RequestHandler = ({ params, request }) => {
	const name = reviews.realisationPhoto(getDb(), Number(params.id));
	if (!name || !uploads.isPhotoName(name)) error(404);
	return uploads.photoResponse(name, request.headers.get('if-none-match'));
};
