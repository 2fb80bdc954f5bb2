import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as opds from '$lib/server/opds';
import * as regions from '$lib/server/regions';
import * as reviews from '$lib/server/reviews';
import { parseFilter } from './filter';

export const load: PageServerLoad = ({ url }) => {
	requirePermission('review.proposals');
	const db = getDb();
	const filter = parseFilter(url.searchParams);
	const cycles = reviews.reviewCycles(db);
	const cycleId = cycles.some((c) => c.id === filter.cycleId)
		? filter.cycleId!
		: reviews.defaultCycleId(cycles);
	return {
		cycles,
		cycleId,
		filter,
		result: cycleId ? reviews.listForCycle(db, cycleId, filter) : null,
		kecamatan: regions.kecamatanWithDesa(db).map((k) => ({ code: k.code, name: k.name })),
		opds: opds.list(db)
	};
};
