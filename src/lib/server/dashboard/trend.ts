// Trend over time: ideas and votes by month (WIB), and each cycle's participation and outcomes.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles, ideas, votes } from '../db/schema';
import { funnel, ideasByMonth, monthOf, type Funnel } from './aspirations';
import { participationCells, participationView, type ParticipationCell } from './participation';
import type { SafeNumber } from './safe';
import type { KecamatanRef, Scope } from './scope';

export interface MonthRow {
	month: string;
	posted: number;
	published: number;
	votes: number;
}

export function byMonth(db: Db, scope: Scope): MonthRow[] {
	const { posted, published } = ideasByMonth(db, scope);
	const base = db
		.select({ month: monthOf(votes.createdAt), n: count() })
		.from(votes)
		.$dynamic();
	const cast = (
		scope.kecamatan
			? base
					.innerJoin(ideas, eq(ideas.id, votes.ideaId))
					.where(
						and(
							eq(ideas.kecamatanCode, scope.kecamatan),
							scope.cycle ? eq(votes.cycleId, scope.cycle.id) : undefined
						)
					)
			: base.where(scope.cycle ? eq(votes.cycleId, scope.cycle.id) : undefined)
	)
		.groupBy(monthOf(votes.createdAt))
		.all();
	const months = new Map<string, MonthRow>();
	const row = (month: string) => {
		const r = months.get(month) ?? { month, posted: 0, published: 0, votes: 0 };
		months.set(month, r);
		return r;
	};
	for (const r of posted) row(r.month).posted = r.n;
	for (const r of published) row(r.month).published = r.n;
	for (const r of cast) row(r.month).votes = r.n;
	return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

export interface CycleRow extends Funnel {
	id: number;
	name: string;
	planYear: number;
	participants: SafeNumber;
}

/**
 * Each cycle, oldest first. Participants come from the same protected tables as the participation
 * section, so a kecamatan's figure hidden there is hidden here too.
 */
export function byCycle(
	db: Db,
	scope: Scope,
	kecamatan: readonly KecamatanRef[],
	desa: readonly (KecamatanRef & { kecamatan: string | null })[],
	cellsOf: (scope: Scope) => ParticipationCell[] = (s) => participationCells(db, s)
): CycleRow[] {
	return db
		.select()
		.from(cycles)
		.orderBy(asc(cycles.opensAt))
		.all()
		.map((cycle) => {
			const one = { ...scope, cycle };
			const view = participationView(cellsOf(one), kecamatan, desa, scope.kecamatan);
			return {
				id: cycle.id,
				name: cycle.name,
				planYear: cycle.planYear,
				participants: view.total,
				...funnel(db, one)
			};
		});
}
