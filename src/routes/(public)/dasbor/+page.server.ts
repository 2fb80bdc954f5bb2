import type { PageServerLoad } from './$types';
import * as cycles from '$lib/server/cycles';
import * as dashboard from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';

// No JavaScript on this page: it is figures, tables and links, and children pay for every byte.
export const csr = false;

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const scope = dashboard.resolveScope(db, dashboard.parseFilter(url.searchParams, cycles.current(db)?.id));
	const figures = dashboard.cachedPublicDashboard(db, scope);
	return {
		filter: dashboard.filterOf(scope),
		cycles: cycles.list(db).map((c) => ({ id: c.id, name: c.name })),
		kecamatan: dashboard.kecamatanList(db),
		dashboard: figures.value,
		computedAt: figures.computedAt
	};
};
