import type { PageServerLoad } from './$types';
import * as audits from '$lib/server/audits';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';

export const load: PageServerLoad = ({ url }) => {
	const user = requirePermission('audit.run');
	return {
		audits: audits.mine(getDb(), user),
		submitted: Number(url.searchParams.get('diajukan')) || null
	};
};
