import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as dashboard from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';
import { download, isFormat } from '$lib/server/exports/download';
import { RECORD_SETS, recordSet, type RecordSet } from '$lib/server/exports/open-data';

/** /data/aspirasi.csv, /data/tiket-emas.json?siklus=3 …: public records, all cycles unless one is asked. */
export const GET: RequestHandler = ({ params, url }) => {
	const name = params.name as RecordSet;
	if (!RECORD_SETS.includes(name) || !isFormat(params.format)) error(404);
	const db = getDb();
	const scope = dashboard.resolveScope(db, dashboard.parseFilter(url.searchParams));
	const set = recordSet(db, name, scope.cycle);
	return download(params.format, name, set.columns, set.rows, {
		source: url.origin,
		generatedAt: new Date(),
		filter: { siklus: scope.cycle?.id ?? null }
	});
};
