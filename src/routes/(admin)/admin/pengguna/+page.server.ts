import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/users';
import { ROLES, type Role } from '$lib/roles';

export const load: PageServerLoad = ({ url }) => {
	requireRole('admin');
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const roleParam = url.searchParams.get('peran') ?? '';
	const role = (ROLES as readonly string[]).includes(roleParam) ? (roleParam as Role) : undefined;
	const page = Math.max(1, Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1);
	return { q, role: role ?? '', ...users.listUsers(getDb(), { q, role, page }) };
};
