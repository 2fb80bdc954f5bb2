// The public KLA dashboard: every figure aggregated in SQL, children counts protected (safe.ts).
import { config } from '../config';
import { perDatabase, type Db } from '../db/client';
import { log } from '../logging';
import { answers, type Answers } from './answers';
import { snapshotCache, type Snapshot, type SnapshotCache } from './cache';
import { byClusterLevel, funnel, perKecamatan, type ClusterRow, type Funnel } from './aspirations';
import {
	facilitiesByKecamatan,
	facilityScores,
	findings,
	type FacilityRow,
	type Findings
} from './facilities';
import {
	groupIdeas,
	participationCells,
	participationView,
	type ParticipationCell,
	type ParticipationView
} from './participation';
import { safe, type SafeNumber } from './safe';
import { desaList, kecamatanList, referenceDate, type Scope } from './scope';
import { byCycle, byMonth, type CycleRow, type MonthRow } from './trend';

/** One row of the kecamatan view (the shaded table standing in for a map). */
export interface KecamatanRow {
	code: string;
	name: string;
	participants: SafeNumber;
	published: number;
	tickets: number;
	accepted: number;
	facilities: number;
	audited: number;
	/** Mean latest audit score, 0–1. */
	score: number | null;
}

export interface PublicDashboard {
	cycle: { id: number; name: string } | null;
	kecamatan: { code: string; name: string } | null;
	/** Ages are counted at this date. */
	referenceDate: Date;
	participation: ParticipationView;
	groupIdeas: { ideas: number; children: SafeNumber };
	clusters: ClusterRow[];
	funnel: Funnel;
	answers: Answers;
	kecamatanRows: KecamatanRow[];
	facilities: FacilityRow[];
	findings: Findings;
	months: MonthRow[];
	cycles: CycleRow[];
}

/** Counts participation cells for a scope; they do not depend on the kecamatan chosen. */
export type CellsOf = (scope: Scope) => ParticipationCell[];

export function publicDashboard(
	db: Db,
	scope: Scope,
	cellsOf: CellsOf = (s) => participationCells(db, s)
): PublicDashboard {
	const kecamatan = kecamatanList(db);
	const desa = desaList(db);
	const participation = participationView(cellsOf(scope), kecamatan, desa, scope.kecamatan);
	const group = groupIdeas(db, scope);
	const ideasByKec = perKecamatan(db, scope);
	const facilitiesByKec = facilitiesByKecamatan(db, scope);
	const kecamatanRows = kecamatan.map((k) => {
		const ideas = ideasByKec.get(k.code);
		const fac = facilitiesByKec.get(k.code);
		return {
			code: k.code,
			name: k.name,
			participants: participation.byKecamatan.find((p) => p.code === k.code)?.n ?? 0,
			published: ideas?.published ?? 0,
			tickets: ideas?.tickets ?? 0,
			accepted: ideas?.accepted ?? 0,
			facilities: fac?.facilities ?? 0,
			audited: fac?.audited ?? 0,
			score: fac?.score ?? null
		};
	});
	const chosen = kecamatan.find((k) => k.code === scope.kecamatan);
	return {
		cycle: scope.cycle ? { id: scope.cycle.id, name: scope.cycle.name } : null,
		kecamatan: chosen ?? null,
		referenceDate: referenceDate(scope),
		participation,
		groupIdeas: { ideas: group.ideas, children: safe(group.children) },
		clusters: byClusterLevel(db, scope),
		funnel: funnel(db, scope),
		answers: answers(db, scope),
		kecamatanRows,
		facilities: facilityScores(db, scope),
		findings: findings(db, scope),
		months: byMonth(db, scope),
		cycles: byCycle(db, scope, kecamatan, desa, cellsOf)
	};
}

interface Caches {
	views: SnapshotCache<PublicDashboard>;
	/** Participation cells per cycle, shared by every kecamatan's view (the costliest query by far). */
	cells: Map<string, { cells: ParticipationCell[]; at: number }>;
}

// Per open database, as the rest of the server's state (perDatabase): apart for each test database.
const caches = perDatabase<Caches>(() => ({
	views: snapshotCache({
		ttlMs: config.dashboardCacheSeconds * 1000,
		onError: (e) => log.error('dashboard refresh failed', { error: String(e) })
	}),
	cells: new Map()
}));

/**
 * The public figures of a view as last computed (see cache.ts): what the public page, its downloads,
 * the evidence pack and the staff page's public part show, so a download always matches the page.
 */
export function cachedPublicDashboard(db: Db, scope: Scope): Snapshot<PublicDashboard> {
	const ttlMs = config.dashboardCacheSeconds * 1000;
	const cache = caches(db);
	const { cells } = cache;
	// Within one lifetime the 18 views of a cycle (kabupaten and each kecamatan) count its children once,
	// so a view's participation may be up to one lifetime older than its other figures.
	const cellsOf: CellsOf = (s) => {
		const key = String(s.cycle?.id ?? 'semua');
		const known = cells.get(key);
		if (known && Date.now() - known.at < ttlMs) return known.cells;
		const fresh = { cells: participationCells(db, s), at: Date.now() };
		cells.set(key, fresh);
		return fresh.cells;
	};
	const key = `${scope.cycle?.id ?? 'semua'}|${scope.kecamatan ?? ''}`;
	return cache.views.get(key, () => publicDashboard(db, scope, cellsOf));
}
