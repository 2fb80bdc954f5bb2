import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as regions from '$lib/server/regions';

export const load: PageServerLoad = () => {
	requireRole('admin');
	return { regionCounts: regions.counts(getDb()) };
};
