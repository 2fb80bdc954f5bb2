import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { templates } from '$lib/server/facilities';

export const load: PageServerLoad = () => {
	requireRole('admin');
	return { versions: templates.list(getDb()) };
};
