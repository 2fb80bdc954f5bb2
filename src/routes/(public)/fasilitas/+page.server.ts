import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';

const TYPES = ['rbra', 'puskesmas'] as const;
type Type = (typeof TYPES)[number];

// Public: no guard. Filters come from the query string so every filtered list is a link.
export const load: PageServerLoad = ({ url, locals }) => {
	const db = getDb();
	const jenis = url.searchParams.get('jenis');
	const type = TYPES.includes(jenis as Type) ? (jenis as Type) : undefined;
	const kecamatanCode = url.searchParams.get('kecamatan')?.slice(0, 20) || undefined;
	const page = Number(url.searchParams.get('hal')) || 1;
	return {
		...facilities.listFacilities(db, { type, kecamatanCode, page }),
		filter: { type: type ?? '', kecamatan: kecamatanCode ?? '' },
		kecamatan: facilities.kecamatanWithFacilities(db),
		canManage: facilities.canManageFacilities(locals.user)
	};
};
