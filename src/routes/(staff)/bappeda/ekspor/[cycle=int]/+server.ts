// A cycle's proposals for the SIPD operator: ?format=xlsx (default) or ?format=csv, same columns.

import type { RequestHandler } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import { csvHeaders, toCsv } from '$lib/server/exports/csv';
import { toXlsx, xlsxHeaders } from '$lib/server/exports/proposals';
import * as reviews from '$lib/server/reviews';
import { m } from '$lib/paraglide/messages';
import { columns } from '../../sipd-columns.server';
import { pageError } from '$lib/server/form';

export const GET: RequestHandler = async ({ params, url }) => {
	requirePermission('review.proposals');
	const db = getDb();
	let cycle: cycles.CycleWithPhase;
	try {
		cycle = cycles.get(db, Number(params.cycle));
	} catch (e) {
		pageError(e);
	}
	const rows = reviews.forExport(db, cycle.id);
	const name = `usulan-musrenbang-anak-${cycle.planYear}-siklus-${cycle.id}`;
	if (url.searchParams.get('format') === 'csv')
		return new Response(toCsv(columns(), rows), { headers: csvHeaders(`${name}.csv`) });
	const bytes = await toXlsx(columns(), rows, { sheet: cycle.name, title: m.review_print_title() });
	return new Response(bytes, { headers: xlsxHeaders(`${name}.xlsx`) });
};
