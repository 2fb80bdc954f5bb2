import type { PageServerLoad } from './$types';
import * as auditLog from '$lib/server/audit-log';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';

export const load: PageServerLoad = ({ url }) => {
	requireRole('admin');
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const page = Math.max(1, Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1);
	return { q, ...auditLog.list(getDb(), { q, page }) };
};
