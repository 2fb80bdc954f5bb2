import type { PageServerLoad } from './$types';
import * as cycles from '$lib/server/cycles';
import * as dashboard from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';
import { LICENCE_URL } from '$lib/server/exports/download';
import { recordColumns, RECORD_SETS } from '$lib/server/exports/open-data';
import { STAT_TABLES } from '$lib/server/exports/statistics';

export const csr = false;

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const scope = dashboard.resolveScope(db, dashboard.parseFilter(url.searchParams));
	const columns = recordColumns(db);
	return {
		filter: { ...dashboard.filterOf(scope), kecamatan: '' },
		cycles: cycles.list(db).map((c) => ({ id: c.id, name: c.name })),
		records: RECORD_SETS.map((name) => ({ name, columns: columns[name] })),
		stats: [...STAT_TABLES],
		licenceUrl: LICENCE_URL
	};
};
