// Reports (flags) on ideas by signed-in users. Stored here; the moderation issue acts on them.
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideas, reports } from '../db/schema';
import { NotFound } from '../errors';

export const REPORT_REASONS = ['personal_data', 'insult', 'unsafe', 'not_true', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** Stores a report on a published idea; reporting the same idea twice keeps the first. */
export function report(db: Db, actor: Actor, ideaId: number, reason: ReportReason, note: string | null) {
	const idea = db.select({ status: ideas.status }).from(ideas).where(eq(ideas.id, ideaId)).get();
	if (!idea || idea.status !== 'terbit') throw new NotFound('idea');
	const inserted = db
		.insert(reports)
		.values({ ideaId, reporterId: actor.id, reason, note: note?.trim() || null })
		.onConflictDoNothing()
		.run();
	return { first: inserted.changes === 1 };
}
