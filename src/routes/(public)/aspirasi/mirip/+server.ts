import { json, type RequestHandler } from '@sveltejs/kit';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';

/** Published ideas of the cycle that look like a title being typed (public data only). */
export const GET: RequestHandler = ({ url }) => {
	const title = (url.searchParams.get('judul') ?? '').slice(0, 120);
	const db = getDb();
	const cycle = cycles.forNewIdea(db);
	return json(ideas.similar(db, cycle?.id ?? null, title), { headers: { 'Cache-Control': 'no-store' } });
};
