// Votes going back to the children who spent them: when an idea leaves the list (withdrawn, removed),
// when it is merged into another, when an account is deleted. Only votes of a cycle still taking
// votes go back; after the cut-off they are final, since they decide the golden tickets. The ideas'
// stored counts are recomputed from the rows in the same transaction.
import { and, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { cycles, ideas, votes } from '../db/schema';

export type Released =
	/** Every vote on the idea: it leaves the list. */
	| { ideaId: number }
	/** The votes on `ideaId` that would count twice on `duplicatesOn`: its supporters' and its author's. */
	| { ideaId: number; duplicatesOn: number }
	/** Every vote the child holds: the account is deleted. */
	| { userId: string };

function which(tx: DbOrTx, r: Released): SQL | undefined {
	if ('userId' in r) return eq(votes.userId, r.userId);
	if (!('duplicatesOn' in r)) return eq(votes.ideaId, r.ideaId);
	const backers = tx.select({ userId: votes.userId }).from(votes).where(eq(votes.ideaId, r.duplicatesOn));
	const author = tx.select({ userId: ideas.authorId }).from(ideas).where(eq(ideas.id, r.duplicatesOn));
	return and(eq(votes.ideaId, r.ideaId), or(inArray(votes.userId, backers), inArray(votes.userId, author)));
}

/** Sets the ideas' voteCount to the votes actually stored: exact whatever happened to the rows. */
function recount(tx: DbOrTx, ideaIds: readonly number[]): void {
	if (ideaIds.length === 0) return;
	tx.update(ideas)
		.set({ voteCount: sql`(select count(*) from ${votes} where ${votes.ideaId} = ${ideas.id})` })
		.where(inArray(ideas.id, [...ideaIds]))
		.run();
}

/**
 * Deletes these votes where their cycle still takes votes at `now`, so each child has the vote back
 * to spend elsewhere, and recounts the ideas they were on. Returns how many went back.
 */
export function release(tx: DbOrTx, released: Released, now = new Date()): number {
	const live = and(
		which(tx, released),
		inArray(votes.cycleId, tx.select({ id: cycles.id }).from(cycles).where(gt(cycles.votingClosesAt, now)))
	);
	const on = tx.selectDistinct({ ideaId: votes.ideaId }).from(votes).where(live).all();
	const n = tx.delete(votes).where(live).run().changes;
	recount(
		tx,
		on.map((r) => r.ideaId)
	);
	return n;
}

export interface Moved {
	/** Votes that now count for the target. */
	moved: number;
	/** Votes given back because the child already supported the target (or wrote it). */
	returned: number;
}

/**
 * Moves the votes on `fromId` to `intoId` (a merge); a child who already supports the target, or wrote
 * it, has the vote back instead, since nobody supports an idea twice or their own. Both counts are
 * recomputed. The caller refuses a cycle past its cut-off first: its votes may not move.
 */
export function move(tx: DbOrTx, fromId: number, intoId: number, now = new Date()): Moved {
	const returned = release(tx, { ideaId: fromId, duplicatesOn: intoId }, now);
	const moved = tx.update(votes).set({ ideaId: intoId }).where(eq(votes.ideaId, fromId)).run().changes;
	recount(tx, [fromId, intoId]);
	return { moved, returned };
}
