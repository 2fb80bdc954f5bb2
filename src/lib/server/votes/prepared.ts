// The queries of casting and taking back a vote, built once per database. drizzle otherwise builds the
// SQL of every query on every call, and on the vote path that building cost more than SQLite's work.
// They run on the connection, so inside a transaction they are part of it.
import { and, count, eq, sql } from 'drizzle-orm';
import { perDatabase, type Db } from '../db/client';
import { cycles, ideas, votes } from '../db/schema';

const ideaId = sql.placeholder('ideaId');
const userId = sql.placeholder('userId');

function build(db: Db) {
	return {
		ideaWithCycle: db
			.select({
				idea: { status: ideas.status, authorId: ideas.authorId, voteCount: ideas.voteCount },
				cycle: cycles
			})
			.from(ideas)
			.leftJoin(cycles, eq(ideas.cycleId, cycles.id))
			.where(eq(ideas.id, ideaId))
			.prepare(),
		cycle: db
			.select()
			.from(cycles)
			.where(eq(cycles.id, sql.placeholder('cycleId')))
			.prepare(),
		voteOf: db
			.select({ id: votes.id, cycleId: votes.cycleId })
			.from(votes)
			.where(and(eq(votes.ideaId, ideaId), eq(votes.userId, userId)))
			.prepare(),
		usedIn: db
			.select({ n: count() })
			.from(votes)
			.where(and(eq(votes.userId, userId), eq(votes.cycleId, sql.placeholder('cycleId'))))
			.prepare(),
		insert: db
			.insert(votes)
			.values({
				cycleId: sql.placeholder('cycleId'),
				ideaId,
				userId,
				createdAt: sql.placeholder('createdAt')
			})
			.prepare(),
		remove: db
			.delete(votes)
			.where(eq(votes.id, sql.placeholder('voteId')))
			.prepare(),
		addToCount: db
			.update(ideas)
			.set({ voteCount: sql`${ideas.voteCount} + ${sql.placeholder('delta')}` })
			.where(eq(ideas.id, ideaId))
			.prepare(),
		count: db.select({ n: ideas.voteCount }).from(ideas).where(eq(ideas.id, ideaId)).prepare()
	};
}

export const queries = perDatabase(build);
