// The vote rules with no I/O: who may support which idea, and when. cast() and withdraw() gather the
// facts inside their transaction and ask these functions, so pages and verbs give the same answer.
import type { Phase } from '../cycles/phase';
import type { IdeaStatus } from '../db/schema';

/** Every reason a vote is refused; each has a message `vote_err_<code without vote_>` in messages/votes. */
export const VOTE_CODES = [
	'vote_closed',
	'vote_not_open',
	'vote_not_child',
	'vote_unverified',
	'vote_idea_unavailable',
	'vote_own_idea',
	'vote_budget_spent'
] as const;
export type VoteCode = (typeof VOTE_CODES)[number];

export interface VoteFacts {
	/** A child account with a child role, under 18: can(actor, 'child.participate'). */
	child: boolean;
	verified: boolean;
	/** The phase of the idea's cycle; null when the idea belongs to no cycle yet. */
	phase: Phase | null;
	ideaStatus: IdeaStatus;
	isOwn: boolean;
	alreadyVoted: boolean;
	/** Votes this child holds in the idea's cycle now, and the cycle's budget. */
	used: number;
	budget: number;
}

/** Votes change only while the cycle is open: before, there is nothing to vote in; after, nothing moves. */
export function phaseProblem(phase: Phase | null): VoteCode | null {
	if (phase === 'open') return null;
	return phase === null || phase === 'upcoming' ? 'vote_not_open' : 'vote_closed';
}

/**
 * Why this actor may not support this idea now, or null when they may. Supporting an idea one already
 * supports is not a problem (the vote is simply kept), so a double click never shows an error.
 * The phase comes first: after the cut-off, "voting is closed" is the one answer that helps everyone.
 */
export function voteProblem(f: VoteFacts): VoteCode | null {
	const phase = phaseProblem(f.phase);
	if (phase) return phase;
	if (!f.child) return 'vote_not_child';
	if (!f.verified) return 'vote_unverified';
	if (f.ideaStatus !== 'terbit') return 'vote_idea_unavailable';
	if (f.isOwn) return 'vote_own_idea';
	if (f.alreadyVoted) return null;
	if (f.used >= f.budget) return 'vote_budget_spent';
	return null;
}

/**
 * Taking a vote back needs only an open cycle: whoever holds a vote may always free it (even on an idea
 * hidden since, or after losing verification), so the budget is never stuck.
 */
export function withdrawProblem(phase: Phase | null): VoteCode | null {
	return phaseProblem(phase);
}

/** Votes a child may still spend: never below zero, should the budget be lowered under what they hold. */
export function votesLeft(total: number, used: number): number {
	return Math.max(0, total - used);
}
