// Photos of ideas. A photo of a published idea is public and cached for a year; a photo of an idea
// that is not public is shown only to its author and moderators, never cached; a safeguarding post's
// photo only in the safeguarding queue's pages, never here (ideas.photoAccess). Anything else is a 404.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as uploads from '$lib/server/uploads';

export const GET: RequestHandler = ({ params, request, locals }) => {
	// The copies (`…-96.webp`) follow their photo's access.
	const base = uploads.photoBase(params.name);
	const access = base && ideas.photoAccess(getDb(), locals.user, base);
	if (!access) error(404);
	return uploads.photoResponse(params.name, request.headers.get('if-none-match'), config.uploadsDir, access);
};
