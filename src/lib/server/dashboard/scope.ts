// What a dashboard shows: one cycle or all, the whole kabupaten or one kecamatan, at a moment.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles, regions, type Cycle } from '../db/schema';

export interface Scope {
	/** undefined: all cycles. */
	cycle?: Cycle;
	/** A kecamatan code; undefined: the whole kabupaten. */
	kecamatan?: string;
	now: Date;
}

export interface KecamatanRef {
	code: string;
	name: string;
}

/** Ages are counted at the cycle's voting cut-off; across all cycles, today. */
export function referenceDate(scope: Scope): Date {
	return scope.cycle?.votingClosesAt ?? scope.now;
}

/** Unknown ids and codes are dropped (a stale link shows the whole kabupaten, not an error). */
export function resolveScope(
	db: Db,
	input: { cycleId?: number; kecamatan?: string },
	now = new Date()
): Scope {
	const cycle =
		input.cycleId === undefined
			? undefined
			: db.select().from(cycles).where(eq(cycles.id, input.cycleId)).get();
	const kec = input.kecamatan ? kecamatanList(db).find((k) => k.code === input.kecamatan) : undefined;
	return { cycle, kecamatan: kec?.code, now };
}

export function kecamatanList(db: Db): KecamatanRef[] {
	return db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(eq(regions.level, 'kecamatan'))
		.orderBy(asc(regions.name))
		.all();
}

/** Desa and kelurahan with their kecamatan, by name. */
export function desaList(db: Db): (KecamatanRef & { kecamatan: string | null })[] {
	return db
		.select({ code: regions.code, name: regions.name, kecamatan: regions.parentCode })
		.from(regions)
		.where(inArray(regions.level, ['desa', 'kelurahan']))
		.orderBy(asc(regions.name))
		.all();
}

const positiveInt = (v: string | null) => {
	const n = Number.parseInt(v ?? '', 10);
	return Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * The filter from the query string (?siklus=<id>|semua&kecamatan=<code>), so every view and download
 * has a stable address. `fallbackCycle` is used when no cycle is asked for: the dashboard shows the
 * current cycle, while the open data files default to all cycles (a bookmarked file keeps its meaning).
 */
export function parseFilter(params: URLSearchParams, fallbackCycle?: number) {
	const siklus = params.get('siklus');
	return {
		cycleId: siklus === 'semua' ? undefined : (positiveInt(siklus) ?? fallbackCycle),
		kecamatan: params.get('kecamatan')?.slice(0, 20) || undefined
	};
}

/** The filter as links carry it: a cycle id or "semua", and a kecamatan code or nothing. */
export function filterOf(scope: Scope) {
	return { cycle: scope.cycle ? String(scope.cycle.id) : 'semua', kecamatan: scope.kecamatan ?? '' };
}
