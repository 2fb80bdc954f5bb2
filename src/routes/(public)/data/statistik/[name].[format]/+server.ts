import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as dashboard from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';
import { download, isFormat } from '$lib/server/exports/download';
import { isStatTable, statTable } from '$lib/server/exports/statistics';

/** /data/statistik/kecamatan.csv?siklus=3&kecamatan=61.07.01: a dashboard table, protected as on the page. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isStatTable(params.name) || !isFormat(params.format)) error(404);
	const db = getDb();
	const scope = dashboard.resolveScope(db, dashboard.parseFilter(url.searchParams));
	const figures = dashboard.cachedPublicDashboard(db, scope);
	const t = statTable(figures.value, params.name);
	return download(params.format, params.name, t.columns, t.rows, {
		source: url.origin,
		generatedAt: figures.computedAt,
		filter: { siklus: scope.cycle?.id ?? null, kecamatan: scope.kecamatan ?? null }
	});
};
