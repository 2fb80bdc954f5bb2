import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import * as dashboard from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';

export const csr = false;

export const load: PageServerLoad = ({ url }) => {
	const user = requireRole('fasilitator', 'admin');
	const db = getDb();
	const scope = dashboard.resolveScope(db, dashboard.parseFilter(url.searchParams, cycles.current(db)?.id));
	const figures = dashboard.cachedPublicDashboard(db, scope);
	return {
		filter: dashboard.filterOf(scope),
		cycles: cycles.list(db).map((c) => ({ id: c.id, name: c.name })),
		kecamatan: dashboard.kecamatanList(db),
		staff: dashboard.staffFigures(db, user, scope),
		burstRule: dashboard.BURST_RULE,
		dashboard: figures.value,
		computedAt: figures.computedAt
	};
};
