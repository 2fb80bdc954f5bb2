// A safeguarding post's photo: only here, only for facilitators with the permission, never cached.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as safeguarding from '$lib/server/safeguarding';
import * as uploads from '$lib/server/uploads';
import { refusal } from '$lib/server/form';

export const GET: RequestHandler = ({ params, request }) => {
	const user = requirePermission('safeguard');
	let photo: string | null;
	try {
		photo = safeguarding.item(getDb(), user, Number(params.id)).photo;
	} catch (e) {
		refusal(e); // a bug is thrown on; any refusal is a 404, telling nothing
		error(404);
	}
	if (!photo) error(404);
	return uploads.photoResponse(photo, request.headers.get('if-none-match'), config.uploadsDir, 'private');
};
