// Reports (flags) on published ideas by signed-in users. Enough distinct reporters hide the idea at
// once, until a facilitator restores or removes it (moderation/reports.ts).
import { and, count, eq, isNotNull, isNull, or } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { cycles, ideas, reports, users } from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import { addEvent } from '../ideas/write';
import * as notifications from '../notifications';

export const REPORT_REASONS = ['personal_data', 'insult', 'unsafe', 'not_true', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Used when an idea belongs to no cycle; a cycle sets its own (cycles.reportsToHide). */
export const DEFAULT_REPORTS_TO_HIDE = 3;
export const REPORT_NOTE_MAX = 300;
/** Shown on the public timeline (and to the author) when reports hide an idea. */
export const HIDDEN_REASON =
	'Disembunyikan sementara setelah beberapa laporan, sampai fasilitator memeriksanya.';

export interface ReportResult {
	/** False when this user had already reported the idea: the first report is kept. */
	first: boolean;
	/** True when this report reached the threshold and hid the idea. */
	hidden: boolean;
}

/**
 * Stores a report on a published idea; one per reporter per idea (reporting again keeps the first, even
 * after a facilitator resolved it, so the same few people cannot hide an idea over and over). When the
 * distinct open reporters reach the cycle's threshold, the idea is hidden in the same transaction.
 * Throws NotFound (idea) unless published, Forbidden (report_own) for the author, Invalid for bad input.
 */
export function report(
	db: Db,
	actor: Actor,
	ideaId: number,
	reason: ReportReason,
	note: string | null,
	now = new Date()
): ReportResult {
	if (!REPORT_REASONS.includes(reason)) throw new Invalid('report_reason', 'reason');
	const text = note?.trim() || null;
	if (text && text.length > REPORT_NOTE_MAX) throw new Invalid('report_note', 'note');
	return db.transaction(
		(tx) => {
			const row = tx
				.select({ idea: ideas, threshold: cycles.reportsToHide })
				.from(ideas)
				.leftJoin(cycles, eq(ideas.cycleId, cycles.id))
				.where(eq(ideas.id, ideaId))
				.get();
			if (!row || row.idea.status !== 'terbit') throw new NotFound('idea');
			if (row.idea.authorId === actor.id) throw new Forbidden('report_own');
			const inserted = tx
				.insert(reports)
				.values({ ideaId, reporterId: actor.id, reason, note: text, createdAt: now })
				.onConflictDoNothing()
				.run();
			const first = inserted.changes === 1;
			const open =
				tx
					.select({ n: count() })
					.from(reports)
					.innerJoin(users, eq(reports.reporterId, users.id))
					// Only verified children and staff count, so throwaway accounts cannot hide an idea.
					.where(
						and(
							eq(reports.ideaId, ideaId),
							isNull(reports.resolvedAt),
							or(isNotNull(users.verifiedAt), eq(users.kind, 'staff'))
						)
					)
					.get()?.n ?? 0;
			const threshold = row.threshold ?? DEFAULT_REPORTS_TO_HIDE;
			if (!first || open < threshold) return { first, hidden: false };
			hide(tx, row.idea.id, row.idea.authorId, open, now);
			return { first, hidden: true };
		},
		// The write lock first: two last reports at once hide the idea once.
		{ behavior: 'immediate' }
	);
}

/** Hides the idea; its votes stay, so restoring brings it back exactly as it was. */
function hide(tx: Tx, ideaId: number, authorId: string, reporters: number, now: Date) {
	tx.update(ideas).set({ status: 'disembunyikan', updatedAt: now }).where(eq(ideas.id, ideaId)).run();
	addEvent(tx, {
		ideaId,
		status: 'disembunyikan',
		actorId: null,
		actorRole: 'sistem',
		reason: HIDDEN_REASON
	});
	notifications.notify(tx, { userId: authorId, kind: 'idea_hidden', ideaId });
	auditLog.record(tx, {
		actorId: null,
		action: 'idea.hide',
		targetType: 'idea',
		targetId: String(ideaId),
		reason: HIDDEN_REASON,
		details: { reporters }
	});
}
