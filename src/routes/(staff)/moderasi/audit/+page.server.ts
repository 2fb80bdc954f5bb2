import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';

export const load: PageServerLoad = () => {
	const user = requirePermission('moderate');
	return { audits: facilities.queue(getDb(), user) };
};
