// Reading proposals: the planning agency's list per cycle, one proposal with its timeline, an
// agency's assignments. Every list is one query with joins; nothing is fetched row by row.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { cycles, ideas, opds, proposals, regions, users, type ProposalStatus } from '../db/schema';
import type { ExportRow } from '../exports/proposals';
import { UNANSWERED } from './rules';

export const PAGE_SIZE = 25;
/** Everything but drafts: what the agencies work on. */
export const SUBMITTED: ProposalStatus[] = ['diajukan', 'diterima', 'ditunda', 'ditolak', 'direalisasikan'];

export const desa = alias(regions, 'p_desa');
export const kecamatan = alias(regions, 'p_kecamatan');

const inList = (statuses: readonly ProposalStatus[]) => sql.raw(statuses.map((s) => `'${s}'`).join(', '));

/** Still without the agency's answer after the cycle's review deadline. Needs `cycles` joined. */
export function overdue(now: Date): SQL<boolean> {
	return sql<boolean>`(${proposals.status} in (${inList(UNANSWERED)}) and ${cycles.reviewDeadlineAt} < ${now.getTime()})`.mapWith(
		Boolean
	);
}

/** Answered, but only after the deadline: shown as late on the public pages. */
export const answeredLate =
	sql<boolean>`coalesce(${proposals.answeredAt} > ${cycles.reviewDeadlineAt}, 0)`.mapWith(Boolean);

/** The child author as nickname only; null for a deleted account (pages say "anak (akun dihapus)"). */
export const authorName = sql<string | null>`case when ${users.deletedAt} is null then ${users.username} end`;

/** The columns every proposal list shows. */
export function rowColumns(now: Date) {
	return {
		id: proposals.id,
		cycleId: proposals.cycleId,
		ideaId: proposals.ideaId,
		priority: proposals.priority,
		title: proposals.title,
		status: proposals.status,
		source: proposals.source,
		votes: proposals.votes,
		cluster: proposals.cluster,
		desaName: desa.name,
		kecamatanName: kecamatan.name,
		opdId: proposals.opdId,
		opdName: opds.name,
		cost: proposals.cost,
		programName: proposals.programName,
		planYear: proposals.planYear,
		amount: proposals.amount,
		reason: proposals.reason,
		deferredToYear: proposals.deferredToYear,
		realisedAt: proposals.realisedAt,
		submittedAt: proposals.submittedAt,
		answeredAt: proposals.answeredAt,
		overdue: overdue(now),
		answeredLate
	};
}

/** The joins every list needs (cycle, idea, author, places, agency); spelt out so row types stay exact. */
export const on = {
	cycle: eq(proposals.cycleId, cycles.id),
	idea: eq(proposals.ideaId, ideas.id),
	author: eq(ideas.authorId, users.id),
	desa: eq(proposals.desaCode, desa.code),
	kecamatan: eq(proposals.kecamatanCode, kecamatan.code),
	opd: eq(proposals.opdId, opds.id)
};

export interface ReviewFilter {
	kecamatan?: string;
	opdId?: number;
	status?: ProposalStatus;
	overdue?: boolean;
	page?: number;
}

/** The planning agency's list of a cycle, by priority, with filters, paging and per-status counts. */
export function listForCycle(db: Db, cycleId: number, f: ReviewFilter = {}, now = new Date()) {
	const page = Math.min(10_000, Math.max(1, Math.floor(f.page ?? 1)));
	const where = and(
		eq(proposals.cycleId, cycleId),
		f.kecamatan ? eq(proposals.kecamatanCode, f.kecamatan) : undefined,
		f.opdId ? eq(proposals.opdId, f.opdId) : undefined,
		f.status ? eq(proposals.status, f.status) : undefined,
		f.overdue ? overdue(now) : undefined
	);
	const rows = db
		.select(rowColumns(now))
		.from(proposals)
		.innerJoin(cycles, on.cycle)
		.innerJoin(ideas, on.idea)
		.innerJoin(users, on.author)
		.leftJoin(desa, on.desa)
		.leftJoin(kecamatan, on.kecamatan)
		.leftJoin(opds, on.opd)
		.where(where)
		.orderBy(asc(proposals.priority), asc(proposals.id))
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE)
		.all();
	const total =
		db
			.select({ n: count() })
			.from(proposals)
			.innerJoin(cycles, eq(proposals.cycleId, cycles.id))
			.where(where)
			.get()?.n ?? 0;
	const byStatus = db
		.select({ status: proposals.status, n: count(), overdue: sql<number>`sum(${overdue(now)})` })
		.from(proposals)
		.innerJoin(cycles, eq(proposals.cycleId, cycles.id))
		.where(eq(proposals.cycleId, cycleId))
		.groupBy(proposals.status)
		.all();
	return {
		rows,
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		counts: Object.fromEntries(byStatus.map((s) => [s.status, s.n])) as Partial<
			Record<ProposalStatus, number>
		>,
		overdueCount: byStatus.reduce((n, s) => n + Number(s.overdue ?? 0), 0)
	};
}

/** Cycles for the planning agency's chooser, newest first, with how many proposals each has. */
export function reviewCycles(db: Db, now = new Date()) {
	return db
		.select({
			id: cycles.id,
			name: cycles.name,
			planYear: cycles.planYear,
			reviewDeadlineAt: cycles.reviewDeadlineAt,
			total: sql<number>`count(${proposals.id})`,
			overdue: sql<number>`coalesce(sum(${overdue(now)}), 0)`
		})
		.from(cycles)
		.leftJoin(proposals, eq(proposals.cycleId, cycles.id))
		.groupBy(cycles.id)
		.orderBy(desc(cycles.opensAt))
		.all();
}

/** The cycle to open first: the newest one that has proposals, else the newest. */
export function defaultCycleId(list: { id: number; total: number }[]): number | null {
	return (list.find((c) => c.total > 0) ?? list[0])?.id ?? null;
}

/** Proposals given to one agency, across cycles, newest cycle first, with its latest progress note. */
export function forOpd(db: Db, opdId: number, page = 1, now = new Date()) {
	const p = Math.min(10_000, Math.max(1, Math.floor(page)));
	const where = and(eq(proposals.opdId, opdId), inArray(proposals.status, SUBMITTED));
	const rows = db
		.select({
			...rowColumns(now),
			cycleName: cycles.name,
			activity: proposals.activity,
			locationNote: proposals.locationNote,
			lastProgress: sql<
				string | null
			>`(select e.note from proposal_events e where e.proposal_id = ${proposals.id} and e.kind = 'progress' order by e.id desc limit 1)`,
			lastProgressAt: sql<
				number | null
			>`(select e.created_at from proposal_events e where e.proposal_id = ${proposals.id} and e.kind = 'progress' order by e.id desc limit 1)`
		})
		.from(proposals)
		.innerJoin(cycles, on.cycle)
		.innerJoin(ideas, on.idea)
		.innerJoin(users, on.author)
		.leftJoin(desa, on.desa)
		.leftJoin(kecamatan, on.kecamatan)
		.leftJoin(opds, on.opd)
		.where(where)
		.orderBy(desc(cycles.opensAt), asc(proposals.priority), asc(proposals.id))
		.limit(PAGE_SIZE)
		.offset((p - 1) * PAGE_SIZE)
		.all();
	const total = db.select({ n: count() }).from(proposals).where(where).get()?.n ?? 0;
	return { rows, total, page: p, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** A cycle's submitted proposals in priority order, for the SIPD export and the printed list. */
export function forExport(db: Db, cycleId: number): ExportRow[] {
	return db
		.select({
			priority: proposals.priority,
			title: proposals.title,
			activity: proposals.activity,
			desaName: desa.name,
			kecamatanName: kecamatan.name,
			locationNote: proposals.locationNote,
			volume: proposals.volume,
			unit: proposals.unit,
			opdName: opds.name,
			cost: proposals.cost,
			cluster: proposals.cluster,
			beneficiaries: proposals.beneficiaries,
			beneficiaryAges: proposals.beneficiaryAges,
			source: proposals.source,
			ideaId: proposals.ideaId,
			votes: proposals.votes
		})
		.from(proposals)
		.leftJoin(desa, on.desa)
		.leftJoin(kecamatan, on.kecamatan)
		.leftJoin(opds, on.opd)
		.where(and(eq(proposals.cycleId, cycleId), inArray(proposals.status, SUBMITTED)))
		.orderBy(asc(proposals.priority), asc(proposals.id))
		.all();
}
