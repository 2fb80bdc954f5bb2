import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';

export const load: PageServerLoad = ({ url }) => {
	const user = requirePermission('opd.respond');
	const filter: facilities.OpdFilter = url.searchParams.get('status') === 'semua' ? 'semua' : 'terbuka';
	return { ...facilities.forOpd(getDb(), user, filter), filter };
};
