import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as verification from '$lib/server/verification';

export const load: PageServerLoad = ({ url }) => {
	requireRole('fasilitator');
	const codes = verification.getCodes(getDb(), verification.parseIdList(url.searchParams.get('ids')));
	// Only codes a child can still use go on paper.
	const printable = codes.filter((c) => c.state === 'active');
	return { codes: printable, skipped: codes.length - printable.length };
};
