import type { PageServerLoad } from './$types';
import * as audits from '$lib/server/audits';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';

export const load: PageServerLoad = () => {
	const user = requirePermission('moderate');
	const db = getDb();
	return { audits: facilities.queue(db, user), inProgress: audits.inProgress(db, user) };
};
