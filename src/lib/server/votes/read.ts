// Read-only vote queries for pages: the budget, my votes, and which ideas of a page I support.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/permissions';
import * as cycles from '../cycles';
import type { Db } from '../db/client';
import { ideas, votes } from '../db/schema';
import { queries } from './prepared';
import { votesLeft } from './rules';

/** How many votes the user holds in the cycle right now. */
export function usedIn(db: Db, userId: string, cycleId: number): number {
	return queries(db).usedIn.get({ userId, cycleId })?.n ?? 0;
}

export interface Budget {
	cycleId: number;
	total: number;
	used: number;
	left: number;
}

/** The actor's votes in the open cycle, or null when no cycle is open. */
export function budget(db: Db, actor: Pick<Actor, 'id'>, now = new Date()): Budget | null {
	const cycle = cycles.open(db, now);
	if (!cycle) return null;
	const used = usedIn(db, actor.id, cycle.id);
	return { cycleId: cycle.id, total: cycle.voteBudget, used, left: votesLeft(cycle.voteBudget, used) };
}

/** The ideas the user supports in a cycle, newest vote first, with their status (one may be hidden since). */
export function myVotes(db: Db, userId: string, cycleId: number) {
	return db
		.select({ ideaId: ideas.id, title: ideas.title, status: ideas.status, votedAt: votes.createdAt })
		.from(votes)
		.innerJoin(ideas, eq(votes.ideaId, ideas.id))
		.where(and(eq(votes.userId, userId), eq(votes.cycleId, cycleId)))
		.orderBy(desc(votes.createdAt), desc(votes.id))
		.all();
}

/** Which of these ideas the user supports: one query for a whole page of ideas. */
export function supportedIds(db: Db, userId: string, ideaIds: readonly number[]): Set<number> {
	if (ideaIds.length === 0) return new Set();
	const rows = db
		.select({ ideaId: votes.ideaId })
		.from(votes)
		.where(and(eq(votes.userId, userId), inArray(votes.ideaId, [...new Set(ideaIds)])))
		.all();
	return new Set(rows.map((r) => r.ideaId));
}
