// Duplicates: a facilitator merges one idea into another of the same cycle. The merged idea stays
// public and shows where it went; its supporters' votes move to the target without double counting.
import { eq } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideas, type IdeaStatus } from '../db/schema';
import { Conflict, Invalid } from '../errors';
import { addEvent } from '../ideas/write';
import { votesAreFinal } from '../cycles/voting';
import * as notifications from '../notifications';
import * as votes from '../votes';
import { checkModerator, ideaToModerate, resolveReports } from './reports';

/** A hidden idea may be merged away too: a duplicate is often what got it reported. */
// A hidden idea is not merged: 'digabung' is public, so merging would publish it again.
const MERGEABLE_FROM: IdeaStatus[] = ['terbit'];

export interface MergeResult {
	/** Votes that now count for the target. */
	moved: number;
	/** Votes deleted because the child already supported the target (or wrote it): back to their budget. */
	returned: number;
	voteCount: number;
}

/**
 * Merges `fromId` into `intoId`. Both ideas must be the facilitator's to judge (not their own), `from`
 * published or hidden, `into` published, both of the same cycle. In one transaction: `from` becomes
 * 'digabung' pointing at `into` with a timeline event naming it; each vote on `from` moves to `into`
 * unless that child already supports `into` or wrote it (then it is deleted and the child has it back);
 * both vote counts are recomputed from the rows; open reports on `from` are resolved; both authors are
 * told. Throws Forbidden (moderate, moderate_own), NotFound (idea), Invalid (modr_merge_self,
 * modr_reason), Conflict (modr_merge_status, modr_merge_cycle).
 */
export function merge(
	db: Db,
	actor: Actor,
	fromId: number,
	intoId: number,
	reason: string,
	now = new Date()
): MergeResult {
	const why = checkModerator(actor, reason);
	if (fromId === intoId) throw new Invalid('modr_merge_self', 'intoId');
	return db.transaction(
		(tx) => {
			const from = ideaToModerate(tx, actor, fromId);
			const into = ideaToModerate(tx, actor, intoId);
			if (!MERGEABLE_FROM.includes(from.status) || into.status !== 'terbit')
				throw new Conflict('modr_merge_status');
			if (from.cycleId !== into.cycleId) throw new Conflict('modr_merge_cycle');
			// After the cut-off the votes decide the golden tickets and may not move.
			if (votesAreFinal(tx, from.cycleId, now)) throw new Conflict('modr_merge_closed');

			const { moved, returned } = votes.move(tx, fromId, intoId, now);
			tx.update(ideas)
				.set({ status: 'digabung', mergedIntoId: intoId, updatedAt: now })
				.where(eq(ideas.id, fromId))
				.run();
			resolveReports(tx, fromId, now);
			addEvent(tx, {
				ideaId: fromId,
				status: 'digabung',
				actorId: actor.id,
				actorRole: 'fasilitator',
				reason: `Digabung ke “${into.title}”. ${why}`
			});
			// Each author is told what happened from their side of the pair.
			notifications.notify(tx, {
				userId: from.authorId,
				kind: 'idea_merged',
				ideaId: fromId,
				params: { target: into.title }
			});
			if (into.authorId !== from.authorId)
				notifications.notify(tx, {
					userId: into.authorId,
					kind: 'idea_merge_received',
					ideaId: intoId,
					params: { source: from.title }
				});
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'idea.merge',
				targetType: 'idea',
				targetId: String(fromId),
				reason: why,
				details: { into: intoId, moved, returned }
			});
			const voteCount = tx.select({ n: ideas.voteCount }).from(ideas).where(eq(ideas.id, intoId)).get()?.n;
			return { moved, returned, voteCount: voteCount ?? 0 };
		},
		{ behavior: 'immediate' }
	);
}
