// What anyone may read: every golden ticket of every cycle with its answer, the share of tickets
// accepted and realised per cycle, the selection changes with their reasons, the latest outcomes.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles, ideas, opds, proposals, ticketChanges, ticketSelections, users } from '../db/schema';
import { authorName, desa, kecamatan, on, overdue, rowColumns } from './read';
import { ACCEPTED } from './rules';

const accepted = inArray(proposals.status, [...ACCEPTED]);

/** Per cycle with tickets, newest first: how many, and how many accepted, realised, declined, late. */
export function cycleShares(db: Db, now = new Date()) {
	const sum = (cond: ReturnType<typeof sql>) =>
		sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`;
	return db
		.select({
			id: cycles.id,
			name: cycles.name,
			planYear: cycles.planYear,
			reviewDeadlineAt: cycles.reviewDeadlineAt,
			total: sql<number>`count(*)`,
			accepted: sum(sql`${proposals.status} in ('diterima', 'direalisasikan')`),
			realised: sum(sql`${proposals.status} = 'direalisasikan'`),
			deferred: sum(sql`${proposals.status} = 'ditunda'`),
			declined: sum(sql`${proposals.status} = 'ditolak'`),
			overdue: sql<number>`coalesce(sum(${overdue(now)}), 0)`
		})
		.from(proposals)
		.innerJoin(cycles, eq(proposals.cycleId, cycles.id))
		.groupBy(cycles.id)
		.orderBy(desc(cycles.opensAt))
		.all()
		.map((c) => ({
			...c,
			acceptedShare: c.total ? c.accepted / c.total : 0,
			realisedShare: c.total ? c.realised / c.total : 0
		}));
}

/**
 * The tickets of one cycle in priority order. The amount is shown only once accepted; the author is
 * credited by nickname only.
 */
export function tickets(db: Db, cycleId: number, now = new Date()) {
	const { amount: _amount, programName: _program, planYear: _year, ...columns } = rowColumns(now);
	return db
		.select({
			...columns,
			amount: sql<number | null>`case when ${accepted} then ${proposals.amount} end`,
			programName: sql<string | null>`case when ${accepted} then ${proposals.programName} end`,
			planYear: sql<number | null>`case when ${accepted} then ${proposals.planYear} end`,
			authorName,
			addedReason: ticketChanges.reason
		})
		.from(proposals)
		.innerJoin(cycles, on.cycle)
		.innerJoin(ideas, on.idea)
		.innerJoin(users, on.author)
		.leftJoin(desa, on.desa)
		.leftJoin(kecamatan, on.kecamatan)
		.leftJoin(opds, on.opd)
		.leftJoin(
			ticketChanges,
			and(
				eq(ticketChanges.cycleId, proposals.cycleId),
				eq(ticketChanges.ideaId, proposals.ideaId),
				eq(ticketChanges.change, 'add')
			)
		)
		.where(eq(proposals.cycleId, cycleId))
		.orderBy(asc(proposals.priority), asc(proposals.id))
		.all();
}

/** Ideas the facilitators left off the computed shortlist, with the reason, and the rule they used. */
export function selection(db: Db, cycleId: number) {
	const rule = db.select().from(ticketSelections).where(eq(ticketSelections.cycleId, cycleId)).get();
	const skipped = db
		.select({
			ideaId: ideas.id,
			title: ideas.title,
			ideaStatus: ideas.status,
			reason: ticketChanges.reason,
			createdAt: ticketChanges.createdAt
		})
		.from(ticketChanges)
		.innerJoin(ideas, eq(ticketChanges.ideaId, ideas.id))
		.where(and(eq(ticketChanges.cycleId, cycleId), eq(ticketChanges.change, 'skip')))
		.orderBy(asc(ticketChanges.id))
		.all()
		// A title is public only while its idea is; the reason is public either way.
		.map(({ ideaStatus, ...s }) =>
			ideaStatus === 'terbit' || ideaStatus === 'digabung' ? s : { ...s, ideaId: null, title: null }
		);
	return {
		rule: rule
			? { minVotes: rule.minVotes, perKecamatan: rule.perKecamatan, forKabupaten: rule.forKabupaten }
			: null,
		confirmedAt: rule?.confirmedAt ?? null,
		skipped
	};
}

/**
 * "Ide anak yang masuk APBD <year>": accepted or realised tickets of the latest plan year that has
 * any, most recently answered first.
 */
export function latestOutcomes(db: Db, limit = 3) {
	const latestYear = sql`(select max(${proposals.planYear}) from ${proposals} where ${accepted})`;
	const rows = db
		.select({
			id: proposals.id,
			title: proposals.title,
			status: proposals.status,
			planYear: proposals.planYear,
			amount: proposals.amount,
			programName: proposals.programName
		})
		.from(proposals)
		.where(and(accepted, sql`${proposals.planYear} = ${latestYear}`))
		.orderBy(desc(proposals.answeredAt), desc(proposals.id))
		.limit(limit)
		.all();
	return { year: rows[0]?.planYear ?? null, rows };
}
