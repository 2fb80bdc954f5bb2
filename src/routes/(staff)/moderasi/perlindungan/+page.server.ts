import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as safeguarding from '$lib/server/safeguarding';

/** The filter in the address, in Bahasa Indonesia like the addresses themselves. */
const FILTERS = { menunggu: 'waiting', selesai: 'handled', semua: undefined } as const;
type Filter = keyof typeof FILTERS;

export const load: PageServerLoad = ({ url, setHeaders }) => {
	const user = requirePermission('safeguard');
	// A child's disclosure must never sit in a shared or proxy cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	const asked = url.searchParams.get('status') ?? '';
	const filter: Filter = asked in FILTERS ? (asked as Filter) : 'menunggu';
	return { filter, items: safeguarding.queue(getDb(), user, { status: FILTERS[filter] }) };
};
