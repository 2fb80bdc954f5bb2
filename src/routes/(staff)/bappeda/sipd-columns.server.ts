// The SIPD column list with its labels in the reader's language: used by the downloads and the print page.
import { clusterName } from '$lib/clusters';
import { agesLabel, sourceLabel } from '$lib/components/proposals/labels';
import { m } from '$lib/paraglide/messages';
import { sipdColumns, type ExportRow } from '$lib/server/exports/proposals';

export function columns() {
	return sipdColumns({
		headers: {
			priority: m.review_col_priority(),
			activity: m.review_col_activity(),
			location: m.review_fact_location(),
			volume: m.review_fact_volume(),
			unit: m.review_col_unit(),
			opd: m.review_fact_opd(),
			cost: m.review_col_cost(),
			cluster: m.review_fact_cluster(),
			beneficiaries: m.review_fact_beneficiaries(),
			source: m.review_fact_source()
		},
		cluster: clusterName,
		source: (r: ExportRow) =>
			m.review_export_source({ slot: sourceLabel(r.source), id: r.ideaId, n: r.votes }),
		beneficiaries: (n, ages) =>
			n ? [m.review_beneficiaries({ n }), ages ? agesLabel(ages) : ''].filter(Boolean).join(', ') : '',
		kabupaten: m.review_place_kabupaten()
	});
}
