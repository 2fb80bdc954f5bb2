// Audit photos: public (cached for a year) once the audit is published; before that only for its team
// and facilitators, never cached. Anything else is a 404, so a draft's photo names reveal nothing.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as audits from '$lib/server/audits';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as uploads from '$lib/server/uploads';

export const GET: RequestHandler = ({ params, request, locals }) => {
	const base = uploads.photoBase(params.name);
	const access = base && audits.photoAccess(getDb(), locals.user, base);
	if (!access) error(404);
	return uploads.photoResponse(params.name, request.headers.get('if-none-match'), config.uploadsDir, access);
};
