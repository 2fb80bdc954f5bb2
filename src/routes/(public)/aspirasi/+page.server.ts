import type { PageServerLoad } from './$types';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as regions from '$lib/server/regions';
import * as votes from '$lib/server/votes';

const int = (v: string | null) => {
	const n = Number.parseInt(v ?? '', 10);
	return Number.isFinite(n) && n > 0 ? n : undefined;
};

/** The filters live in the query string, so every list has a stable link and works without JavaScript. */
export const load: PageServerLoad = ({ url, locals }) => {
	const db = getDb();
	const p = url.searchParams;
	const allCycles = cycles.list(db);
	const cycleParam = p.get('siklus');
	// Default: the current cycle; "semua" shows every cycle.
	const cycleId = cycleParam === 'semua' ? undefined : (int(cycleParam) ?? cycles.current(db)?.id);
	const sort = (ideas.SORTS as readonly string[]).includes(p.get('urut') ?? '')
		? (p.get('urut') as ideas.Sort)
		: 'dukungan';
	const status = p.get('status') === 'digabung' ? 'digabung' : 'terbit';
	// A desa outside the chosen kecamatan is dropped (a form without JavaScript can send one).
	const place = regions.placeFilter(db, {
		kecamatan: p.get('kecamatan')?.slice(0, 20) || undefined,
		desa: p.get('desa')?.slice(0, 20) || undefined
	});
	const filter = {
		cycleId,
		kecamatan: place.kecamatan,
		desa: place.desa,
		cluster: int(p.get('klaster')),
		status,
		q: p.get('q')?.slice(0, 100) || undefined,
		sort,
		page: int(p.get('hal'))
	} as const;
	const result = ideas.browse(db, filter);
	// Which of these the signed-in child supports, so each card can say so (one query; none for visitors,
	// whose pages are cached and the same for all).
	const supported = locals.user
		? votes.supportedIds(
				db,
				locals.user.id,
				result.ideas.map((i) => i.id)
			)
		: new Set<number>();
	return {
		filter: { ...filter, cycle: cycleParam === 'semua' ? 'semua' : String(cycleId ?? '') },
		result: { ...result, ideas: result.ideas.map((i) => ({ ...i, supported: supported.has(i.id) })) },
		cycles: allCycles.map((c) => ({ id: c.id, name: c.name })),
		kecamatan: regions.kecamatanWithDesa(db)
	};
};
