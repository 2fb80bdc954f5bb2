import type { PageServerLoad } from './$types';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as reviews from '$lib/server/reviews';

export const load: PageServerLoad = () => {
	const db = getDb();
	const cycle = cycles.current(db);
	return {
		cycle: cycle
			? { id: cycle.id, name: cycle.name, phase: cycle.phase, votingClosesAt: cycle.votingClosesAt }
			: null,
		top: cycle ? ideas.browse(db, { cycleId: cycle.id, sort: 'dukungan' }).ideas.slice(0, 3) : [],
		outcomes: reviews.latestOutcomes(db)
	};
};
