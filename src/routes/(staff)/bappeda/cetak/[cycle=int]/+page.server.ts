import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import { SIPD_COLUMNS } from '$lib/server/exports/proposals';
import * as reviews from '$lib/server/reviews';
import { columns } from '../../sipd-columns.server';
import { pageError } from '$lib/server/form';

/** The list to sign at the Musrenbang: the same SIPD columns as the downloads, as ready text. */
export const load: PageServerLoad = ({ params }) => {
	requirePermission('review.proposals');
	const db = getDb();
	let cycle: cycles.CycleWithPhase;
	try {
		cycle = cycles.get(db, Number(params.cycle));
	} catch (e) {
		pageError(e);
	}
	const cols = columns();
	const selection = reviews.selection(db, cycle.id);
	return {
		cycle: { id: cycle.id, name: cycle.name, planYear: cycle.planYear },
		// The rule as confirmed at selection, else the cycle's own.
		rule: selection.rule ?? {
			minVotes: cycle.minVotesForTicket,
			perKecamatan: cycle.ticketsPerKecamatan,
			forKabupaten: cycle.ticketsForKabupaten
		},
		headers: cols.map((c) => c.header),
		costColumn: SIPD_COLUMNS.indexOf('cost'),
		rows: reviews.forExport(db, cycle.id).map((r) => cols.map((c) => c.value(r) ?? '')),
		added: reviews.tickets(db, cycle.id).filter((t) => t.addedReason).length,
		skipped: selection.skipped.length,
		printedAt: new Date()
	};
};
