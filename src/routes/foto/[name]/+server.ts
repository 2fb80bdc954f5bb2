// Photos of ideas. A photo of a published idea is public and cached for a year; a photo of an idea
// that is not public is shown only to its author and moderators, never cached; a safeguarding post's
// photo only in the safeguarding queue's pages, never here.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { hasRole } from '$lib/server/auth/permissions';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as uploads from '$lib/server/uploads';

export const GET: RequestHandler = ({ params, request, locals }) => {
	if (!uploads.isPhotoName(params.name)) error(404);
	const access = ideas.photoAccess(getDb(), params.name);
	if (!access) error(404);
	if (access.public) return uploads.photoResponse(params.name, request.headers.get('if-none-match'));
	const user = locals.user;
	const allowed =
		access.status !== 'perlindungan' &&
		(user?.id === access.authorId || hasRole(user, 'fasilitator', 'admin'));
	if (!allowed) error(404);
	return uploads.photoResponse(
		params.name,
		request.headers.get('if-none-match'),
		config.uploadsDir,
		'private'
	);
};
