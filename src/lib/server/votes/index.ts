// Votes (dukungan): a verified child supports published ideas of the open cycle, within a budget.
// Each change checks the rules and writes the vote and the idea's voteCount in ONE immediate
// transaction: the write lock is taken before the budget is read, so two requests (even from two
// connections or processes) cannot both see a free slot; the unique index keeps one vote per idea.
import { can, isSuspended, type Actor } from '../auth/permissions';
import { phaseAt } from '../cycles/phase';
import type { Db } from '../db/client';
import { Conflict, Forbidden, NotFound } from '../errors';
import { isUniqueViolation } from '../users/register';
import { queries } from './prepared';
import { usedIn } from './read';
import { voteProblem, withdrawProblem, type VoteCode } from './rules';

export { VOTE_CODES, voteProblem, votesLeft, withdrawProblem, type VoteCode, type VoteFacts } from './rules';
export { move, release, type Moved, type Released } from './release';
export { budget, myVotes, supportedIds, usedIn, type Budget } from './read';
export { formState, formStates, type VoteFormState, type VotableIdea } from './state';

export interface VoteResult {
	/** False when nothing had to change: already supported, or no vote to take back. */
	changed: boolean;
	voteCount: number;
}

const FORBIDDEN: readonly VoteCode[] = ['vote_not_child', 'vote_unverified', 'vote_own_idea'];

function refuse(code: VoteCode): never {
	throw FORBIDDEN.includes(code) ? new Forbidden(code) : new Conflict(code);
}

/**
 * Supports the idea. Supporting it again is a no-op ({ changed: false }), so a double click or a
 * resubmitted form never errors. Throws Forbidden (vote_not_child, vote_unverified, vote_own_idea),
 * Conflict (vote_closed, vote_not_open, vote_idea_unavailable, vote_budget_spent) or
 * NotFound (vote_idea_unavailable) when the idea does not exist.
 */
export function cast(db: Db, actor: Actor, ideaId: number, now = new Date()): VoteResult {
	const q = queries(db);
	try {
		return db.transaction(
			() => {
				// A suspended child hears why, not "only children may vote".
				if (isSuspended(actor, now)) throw new Forbidden('suspended');
				const row = q.ideaWithCycle.get({ ideaId });
				if (!row) throw new NotFound('vote_idea_unavailable');
				const { idea, cycle } = row;
				const already = !!q.voteOf.get({ ideaId, userId: actor.id });
				const problem = voteProblem({
					child: can(actor, 'child.participate', now),
					verified: can(actor, 'child.vote', now),
					phase: cycle ? phaseAt(cycle, now) : null,
					ideaStatus: idea.status,
					isOwn: idea.authorId === actor.id,
					alreadyVoted: already,
					used: cycle ? usedIn(db, actor.id, cycle.id) : 0,
					budget: cycle?.voteBudget ?? 0
				});
				if (problem) refuse(problem);
				// voteProblem passes only with an open cycle, so `cycle` is set here.
				if (already || !cycle) return { changed: false, voteCount: idea.voteCount };
				q.insert.run({ cycleId: cycle.id, ideaId, userId: actor.id, createdAt: now });
				q.addToCount.run({ ideaId, delta: 1 });
				return { changed: true, voteCount: idea.voteCount + 1 };
			},
			{ behavior: 'immediate' }
		);
	} catch (e) {
		// Unreachable while every insert goes through here; the index is the last word if one does not.
		if (isUniqueViolation(e)) return { changed: false, voteCount: q.count.get({ ideaId })?.n ?? 0 };
		throw e;
	}
}

/**
 * Takes the actor's vote on the idea back, freeing one from the budget (so a vote can be moved).
 * A no-op when there is none. Throws Conflict (vote_closed, vote_not_open) outside the open phase of
 * the vote's cycle, NotFound (vote_idea_unavailable) when the idea does not exist.
 */
export function withdraw(db: Db, actor: Pick<Actor, 'id'>, ideaId: number, now = new Date()): VoteResult {
	const q = queries(db);
	return db.transaction(
		() => {
			const row = q.ideaWithCycle.get({ ideaId });
			if (!row) throw new NotFound('vote_idea_unavailable');
			const vote = q.voteOf.get({ ideaId, userId: actor.id });
			// The vote's own cycle decides, should the idea have moved to another cycle since.
			const cycle =
				vote && vote.cycleId !== row.cycle?.id ? q.cycle.get({ cycleId: vote.cycleId }) : row.cycle;
			const problem = withdrawProblem(cycle ? phaseAt(cycle, now) : null);
			if (problem) refuse(problem);
			if (!vote) return { changed: false, voteCount: row.idea.voteCount };
			q.remove.run({ voteId: vote.id });
			q.addToCount.run({ ideaId, delta: -1 });
			return { changed: true, voteCount: row.idea.voteCount - 1 };
		},
		{ behavior: 'immediate' }
	);
}
