import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as reviews from '$lib/server/reviews';

/** Every cycle's shares on top; the tickets of one cycle at a time (the newest by default), with its selection. */
export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const shares = reviews.cycleShares(db);
	const wanted = Number.parseInt(url.searchParams.get('siklus') ?? '', 10);
	const cycle = shares.find((c) => c.id === wanted) ?? shares[0] ?? null;
	return {
		shares,
		cycle,
		tickets: cycle ? reviews.tickets(db, cycle.id) : [],
		selection: cycle ? reviews.selection(db, cycle.id) : null
	};
};
