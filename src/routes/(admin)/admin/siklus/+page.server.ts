import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';

export const load: PageServerLoad = () => {
	requireRole('admin');
	return { cycles: cycles.list(getDb()) };
};
