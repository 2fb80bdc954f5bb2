// One proposal for its pages: the proposal, its public timeline, the ideas merged into it, the audit
// findings it cites and what the facilitators changed about it at selection.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
import {
	auditFindings,
	audits,
	cycles,
	facilities,
	ideas,
	opds,
	proposalEvents,
	proposalFindings,
	proposals,
	ticketChanges,
	users
} from '../db/schema';
import { NotFound } from '../errors';
import { authorName, desa, kecamatan, on, rowColumns } from './read';
import { NEXT } from './rules';

/** The public timeline of a proposal, oldest first. */
const timelineColumns = {
	id: proposalEvents.id,
	kind: proposalEvents.kind,
	status: proposalEvents.status,
	note: proposalEvents.note,
	opdName: opds.name,
	actorRole: proposalEvents.actorRole,
	createdAt: proposalEvents.createdAt
};

export function timeline(db: DbOrTx, proposalId: number) {
	return db
		.select(timelineColumns)
		.from(proposalEvents)
		.leftJoin(opds, eq(proposalEvents.opdId, opds.id))
		.where(eq(proposalEvents.proposalId, proposalId))
		.orderBy(asc(proposalEvents.id))
		.all();
}

/**
 * The proposal with everything its page shows. `audience: 'public'` keeps to what anyone may read:
 * findings only from published audit reports.
 */
export function get(db: Db, id: number, audience: 'public' | 'staff', now = new Date()) {
	const row = db
		.select({
			...rowColumns(now),
			problem: proposals.problem,
			activity: proposals.activity,
			locationNote: proposals.locationNote,
			beneficiaries: proposals.beneficiaries,
			beneficiaryAges: proposals.beneficiaryAges,
			volume: proposals.volume,
			unit: proposals.unit,
			realisationNote: proposals.realisationNote,
			realisationPhoto: proposals.realisationPhoto,
			ideaTitle: ideas.title,
			ideaStatus: ideas.status,
			authorName,
			cycleName: cycles.name,
			cyclePlanYear: cycles.planYear,
			reviewDeadlineAt: cycles.reviewDeadlineAt
		})
		.from(proposals)
		.innerJoin(cycles, on.cycle)
		.innerJoin(ideas, on.idea)
		.innerJoin(users, on.author)
		.leftJoin(desa, on.desa)
		.leftJoin(kecamatan, on.kecamatan)
		.leftJoin(opds, on.opd)
		.where(eq(proposals.id, id))
		.get();
	if (!row) throw new NotFound('review_proposal');
	const merged = db
		.select({ id: ideas.id, title: ideas.title })
		.from(ideas)
		.where(and(eq(ideas.mergedIntoId, row.ideaId), eq(ideas.status, 'digabung')))
		.orderBy(asc(ideas.id))
		.all();
	const findings = db
		.select({
			id: auditFindings.id,
			facilityName: facilities.name,
			facilityType: facilities.type,
			itemCode: auditFindings.itemCode,
			note: auditFindings.note,
			status: auditFindings.status,
			auditId: audits.id,
			auditStatus: audits.status
		})
		.from(proposalFindings)
		.innerJoin(auditFindings, eq(proposalFindings.findingId, auditFindings.id))
		.innerJoin(audits, eq(auditFindings.auditId, audits.id))
		.innerJoin(facilities, eq(auditFindings.facilityId, facilities.id))
		.where(
			and(
				eq(proposalFindings.proposalId, id),
				audience === 'public' ? eq(audits.status, 'diterbitkan') : undefined
			)
		)
		.orderBy(asc(auditFindings.id))
		.all();
	// A ticket a facilitator added by hand carries the public reason for it.
	const change = db
		.select({ change: ticketChanges.change, reason: ticketChanges.reason })
		.from(ticketChanges)
		.where(and(eq(ticketChanges.cycleId, row.cycleId), eq(ticketChanges.ideaId, row.ideaId)))
		.get();
	// Only a public idea is linked: a hidden or removed one keeps its page closed.
	const ideaPublic = row.ideaStatus === 'terbit' || row.ideaStatus === 'digabung';
	return {
		...row,
		ideaId: ideaPublic ? row.ideaId : null,
		ideaTitle: ideaPublic ? row.ideaTitle : null,
		next: NEXT[row.status],
		timeline: timeline(db, id),
		merged,
		findings,
		selectionChange: change ?? null
	};
}

/**
 * What became of each of these ideas' golden tickets, for the author: the decision with its program,
 * year, amount or reason, the realisation, and every step on the way. Keyed by idea; an idea without a
 * ticket is absent. Two queries, whatever the number of ideas.
 */
export function journeys(db: Db, ideaIds: readonly number[], now = new Date()) {
	const rows =
		ideaIds.length === 0
			? []
			: db
					.select({
						...rowColumns(now),
						realisationNote: proposals.realisationNote,
						realisationPhoto: proposals.realisationPhoto,
						reviewDeadlineAt: cycles.reviewDeadlineAt
					})
					.from(proposals)
					.innerJoin(cycles, on.cycle)
					.leftJoin(desa, on.desa)
					.leftJoin(kecamatan, on.kecamatan)
					.leftJoin(opds, on.opd)
					.where(inArray(proposals.ideaId, [...ideaIds]))
					.all();
	const events =
		rows.length === 0
			? []
			: db
					.select({ proposalId: proposalEvents.proposalId, ...timelineColumns })
					.from(proposalEvents)
					.leftJoin(opds, eq(proposalEvents.opdId, opds.id))
					.where(
						inArray(
							proposalEvents.proposalId,
							rows.map((r) => r.id)
						)
					)
					.orderBy(asc(proposalEvents.id))
					.all();
	return new Map(
		rows.map((r) => [r.ideaId, { ...r, timeline: events.filter((e) => e.proposalId === r.id) }])
	);
}

export type Journey = ReturnType<typeof journeys> extends Map<number, infer J> ? J : never;

/** The stored name of a realisation photo, public once the proposal is marked done; else null. */
export function realisationPhoto(db: Db, proposalId: number): string | null {
	return (
		db
			.select({ photo: proposals.realisationPhoto })
			.from(proposals)
			.where(and(eq(proposals.id, proposalId), eq(proposals.status, 'direalisasikan')))
			.get()?.photo ?? null
	);
}
