// Reported ideas for facilitators: the queue, and the three decisions on an idea that was reported —
// restore it (reports were wrong), remove it (reports were right), or dismiss reports on a published one.
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import * as auditLog from '../audit-log';
import { hasRole, type Actor } from '../auth/permissions';
import type { Db, DbOrTx } from '../db/client';
import { ideas, regions, reports, users, type Idea, type IdeaStatus } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { addEvent } from '../ideas/write';
import * as notifications from '../notifications';
import { REPORT_REASONS, type ReportReason } from '../reports';
import * as votes from '../votes';

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** Refuses anyone but a facilitator, and a reason too short or too long. */
export function checkModerator(actor: Actor, reason: string): string {
	if (!hasRole(actor, 'fasilitator')) throw new Forbidden('moderate');
	const text = reason.trim();
	if (text.length < REASON_MIN || text.length > REASON_MAX) throw new Invalid('modr_reason', 'reason');
	return text;
}

/** The idea a facilitator acts on: it exists, and it is not their own (never moderate your own content). */
export function ideaToModerate(db: DbOrTx, actor: Actor, id: number): Idea {
	const idea = db.select().from(ideas).where(eq(ideas.id, id)).get();
	if (!idea) throw new NotFound('idea');
	if (idea.authorId === actor.id) throw new Forbidden('moderate_own');
	return idea;
}

/** Marks every open report on the idea as dealt with; returns how many. */
export function resolveReports(tx: DbOrTx, ideaId: number, now: Date): number {
	return tx
		.update(reports)
		.set({ resolvedAt: now })
		.where(and(eq(reports.ideaId, ideaId), isNull(reports.resolvedAt)))
		.run().changes;
}

const place = alias(regions, 'place');
const REPORTABLE: IdeaStatus[] = ['terbit', 'disembunyikan'];

export interface ReportedIdea {
	id: number;
	title: string;
	excerpt: string;
	status: IdeaStatus;
	voteCount: number;
	placeName: string;
	authorName: string;
	/** The viewer wrote it: they may not decide on it. */
	own: boolean;
	reporters: number;
	latestAt: Date;
	reasons: { reason: ReportReason; n: number }[];
	notes: string[];
}

/**
 * Published or hidden ideas with open reports, hidden first, then the newest report first: one query
 * for the ideas and one grouped query for the reasons, whatever the number of ideas.
 */
export function openReports(db: Db, viewerId: string | null = null): ReportedIdea[] {
	const rows = db
		.select({
			id: ideas.id,
			title: ideas.title,
			excerpt: sql<string>`substr(${ideas.body}, 1, 300)`,
			status: ideas.status,
			voteCount: ideas.voteCount,
			placeName: place.name,
			authorName: users.username,
			authorId: ideas.authorId,
			reporters: sql<number>`count(distinct ${reports.reporterId})`,
			latestAt: sql<Date>`max(${reports.createdAt})`.mapWith(reports.createdAt)
		})
		.from(reports)
		.innerJoin(ideas, eq(reports.ideaId, ideas.id))
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.where(and(isNull(reports.resolvedAt), inArray(ideas.status, REPORTABLE)))
		.groupBy(ideas.id)
		.orderBy(desc(sql`${ideas.status} = 'disembunyikan'`), desc(sql`max(${reports.createdAt})`))
		.all();
	if (rows.length === 0) return [];
	const grouped = db
		.select({
			ideaId: reports.ideaId,
			reason: reports.reason,
			n: count(),
			notes: sql<string>`json_group_array(${reports.note}) filter (where ${reports.note} is not null)`
		})
		.from(reports)
		.where(
			and(
				isNull(reports.resolvedAt),
				inArray(
					reports.ideaId,
					rows.map((r) => r.id)
				)
			)
		)
		.groupBy(reports.ideaId, reports.reason)
		.orderBy(desc(count()))
		.all();
	return rows.map(({ authorId, ...r }) => {
		const mine = grouped.filter((g) => g.ideaId === r.id);
		return {
			...r,
			own: authorId === viewerId,
			reasons: mine.map((g) => ({
				reason: (REPORT_REASONS as readonly string[]).includes(g.reason)
					? (g.reason as ReportReason)
					: 'other',
				n: g.n
			})),
			notes: mine.flatMap((g) => JSON.parse(g.notes ?? '[]') as string[])
		};
	});
}

/** How many ideas wait for a decision on their reports (for the queue's figures). */
export function openReportCount(db: Db): number {
	return (
		db
			.select({ n: sql<number>`count(distinct ${reports.ideaId})` })
			.from(reports)
			.innerJoin(ideas, eq(reports.ideaId, ideas.id))
			.where(and(isNull(reports.resolvedAt), inArray(ideas.status, REPORTABLE)))
			.get()?.n ?? 0
	);
}

/** A hidden idea goes back to the public list as it was (votes kept); its reports are resolved. */
export function restore(db: Db, actor: Actor, ideaId: number, reason: string, now = new Date()): void {
	const why = checkModerator(actor, reason);
	db.transaction(
		(tx) => {
			const idea = ideaToModerate(tx, actor, ideaId);
			if (idea.status !== 'disembunyikan') throw new Conflict('modr_not_hidden');
			tx.update(ideas).set({ status: 'terbit', updatedAt: now }).where(eq(ideas.id, ideaId)).run();
			const resolved = resolveReports(tx, ideaId, now);
			addEvent(tx, { ideaId, status: 'terbit', actorId: actor.id, actorRole: 'fasilitator', reason: why });
			notifications.notify(tx, { userId: idea.authorId, kind: 'idea_restored', ideaId });
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'idea.restore',
				targetType: 'idea',
				targetId: String(ideaId),
				reason: why,
				details: { reports: resolved }
			});
		},
		{ behavior: 'immediate' }
	);
}

/**
 * A reported idea (hidden or still published) is taken down for good: 'ditolak' with the reason on its
 * timeline. Its supporters' votes are deleted, so each gets that vote back to spend elsewhere.
 */
export function remove(db: Db, actor: Actor, ideaId: number, reason: string, now = new Date()): void {
	const why = checkModerator(actor, reason);
	db.transaction(
		(tx) => {
			const idea = ideaToModerate(tx, actor, ideaId);
			if (!REPORTABLE.includes(idea.status)) throw new Conflict('modr_not_removable');
			// Votes of a cycle past its cut-off are final: they stay (the idea can no longer win anyway).
			const returned = votes.release(tx, { ideaId }, now);
			tx.update(ideas).set({ status: 'ditolak', updatedAt: now }).where(eq(ideas.id, ideaId)).run();
			const resolved = resolveReports(tx, ideaId, now);
			addEvent(tx, { ideaId, status: 'ditolak', actorId: actor.id, actorRole: 'fasilitator', reason: why });
			notifications.notify(tx, {
				userId: idea.authorId,
				kind: 'idea_rejected',
				ideaId,
				params: { reason: why }
			});
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'idea.remove',
				targetType: 'idea',
				targetId: String(ideaId),
				reason: why,
				details: { reports: resolved, votesReturned: returned }
			});
		},
		{ behavior: 'immediate' }
	);
}

/** Reports on a published idea were not valid: they are resolved and the idea stays as it is. */
export function dismissReports(db: Db, actor: Actor, ideaId: number, reason: string, now = new Date()): void {
	const why = checkModerator(actor, reason);
	db.transaction(
		(tx) => {
			const idea = ideaToModerate(tx, actor, ideaId);
			if (idea.status !== 'terbit') throw new Conflict('modr_not_published');
			const resolved = resolveReports(tx, ideaId, now);
			if (resolved === 0) throw new Conflict('modr_no_reports');
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'reports.dismiss',
				targetType: 'idea',
				targetId: String(ideaId),
				reason: why,
				details: { reports: resolved }
			});
		},
		{ behavior: 'immediate' }
	);
}
