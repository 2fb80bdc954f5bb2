// Photos of ideas (and later audit evidence). No guard: published ideas are public, and a photo is
// reachable only by its random 128-bit name.
import type { RequestHandler } from './$types';
import * as uploads from '$lib/server/uploads';

export const GET: RequestHandler = ({ params, request }) =>
	uploads.photoResponse(params.name, request.headers.get('if-none-match'));
