// The planning agency's answers to golden tickets, measured against the cycle's review deadline:
// answered by the deadline (on time), answered after it (late), not answered and past it (overdue),
// not answered and not yet due (waiting). Days to answer run from submission to the first answer.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles, proposals } from '../db/schema';
import type { Scope } from './scope';

const DAY = 86_400_000;

export interface Answers {
	submitted: number;
	onTime: number;
	late: number;
	overdue: number;
	waiting: number;
	/** Median days from submission to the first answer; null when nothing was answered. */
	medianDays: number | null;
}

export function answers(db: Db, scope: Scope): Answers {
	const where = and(
		isNotNull(proposals.submittedAt),
		scope.cycle ? eq(proposals.cycleId, scope.cycle.id) : undefined,
		scope.kecamatan ? eq(proposals.kecamatanCode, scope.kecamatan) : undefined
	);
	const now = scope.now.getTime();
	const deadline = cycles.reviewDeadlineAt;
	const answered = proposals.answeredAt;
	const row = db
		.select({
			submitted: sql<number>`count(*)`,
			onTime: sql<number>`coalesce(sum(${answered} is not null and ${answered} <= ${deadline}), 0)`,
			late: sql<number>`coalesce(sum(${answered} is not null and ${answered} > ${deadline}), 0)`,
			overdue: sql<number>`coalesce(sum(${answered} is null and ${deadline} < ${now}), 0)`,
			waiting: sql<number>`coalesce(sum(${answered} is null and ${deadline} >= ${now}), 0)`
		})
		.from(proposals)
		.innerJoin(cycles, eq(cycles.id, proposals.cycleId))
		.where(where)
		.get();
	// The median in SQL: the middle one or two of the sorted durations.
	const days = db
		.select({
			d: sql<number>`(${answered} - ${proposals.submittedAt})`.as('d'),
			rn: sql<number>`row_number() over (order by ${answered} - ${proposals.submittedAt})`.as('rn'),
			c: sql<number>`count(*) over ()`.as('c')
		})
		.from(proposals)
		.where(and(where, isNotNull(answered)))
		.as('days');
	const median = db
		.select({ ms: sql<number | null>`avg(${days.d})` })
		.from(days)
		.where(sql`${days.rn} in ((${days.c} + 1) / 2, (${days.c} + 2) / 2)`)
		.get();
	return {
		submitted: row?.submitted ?? 0,
		onTime: row?.onTime ?? 0,
		late: row?.late ?? 0,
		overdue: row?.overdue ?? 0,
		waiting: row?.waiting ?? 0,
		medianDays: median?.ms == null ? null : Math.round((median.ms / DAY) * 10) / 10
	};
}
