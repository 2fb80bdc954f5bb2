import type { PageServerLoad } from './$types';
import * as dashboard from '$lib/server/dashboard';
import { getDb } from '$lib/server/db';
import * as regions from '$lib/server/regions';
import { pageError } from '$lib/server/form';

// A page to print: no JavaScript needed.
export const csr = false;

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	try {
		return {
			pack: dashboard.evidencePack(db, Number(params.cycle)),
			kabupaten: regions.kabupaten(db)?.name ?? '',
			address: url.origin + url.pathname
		};
	} catch (e) {
		pageError(e);
	}
};
