// The idea form prefilled from an audit finding: the child reads it, changes it and sends it.
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { bi } from '$lib/components/facilities/labels';

interface Finding {
	facilityName: string;
	facilityType: 'rbra' | 'puskesmas';
	auditDate: Date;
	itemCode: string;
	note: string | null;
	desaCode: string;
	kecamatanCode: string;
	item: { text: { id: string; en: string }; question: { id: string; en: string } } | null;
}

/** Play spaces belong to leisure (cluster 4), clinics to basic health (cluster 3). */
const CLUSTER = { rbra: 4, puskesmas: 3 } as const;

export function prefillFromFinding(f: Finding) {
	const item = f.item ? bi(f.item.text) : f.itemCode;
	return {
		title: m.fac_idea_title({ item, facility: f.facilityName }).slice(0, 120),
		body: [
			m.fac_idea_body({ date: formatDate(f.auditDate), facility: f.facilityName, item, code: f.itemCode }),
			f.note ? m.fac_idea_body_note({ note: f.note }) : '',
			m.fac_idea_body_ask()
		]
			.filter(Boolean)
			.join('\n\n')
			.slice(0, 2000),
		cluster: CLUSTER[f.facilityType],
		level: 'desa' as const,
		desaCode: f.desaCode,
		kecamatanCode: f.kecamatanCode
	};
}
