// The photo an agency attached when it marked a finding fixed. Findings exist only on published
// audits, so the photo is public; a name that is no finding's photo is a 404.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import * as uploads from '$lib/server/uploads';

export const GET: RequestHandler = ({ params, request }) => {
	const base = uploads.photoBase(params.name);
	if (!base || !facilities.isFixedPhoto(getDb(), base)) error(404);
	return uploads.photoResponse(params.name, request.headers.get('if-none-match'));
};
