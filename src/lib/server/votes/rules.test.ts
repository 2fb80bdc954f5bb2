import { describe, expect, it } from 'vitest';
import { PHASES } from '../cycles/phase';
import { IDEA_STATUSES } from '../db/schema';
import { phaseProblem, voteProblem, votesLeft, withdrawProblem, type VoteFacts } from './rules';

/** A verified child, an open cycle, someone else's published idea, 2 of 5 votes used: allowed. */
const OK: VoteFacts = {
	child: true,
	verified: true,
	phase: 'open',
	ideaStatus: 'terbit',
	isOwn: false,
	alreadyVoted: false,
	used: 2,
	budget: 5
};

describe('voteProblem', () => {
	it('allows a verified child to support a published idea of the open cycle within the budget', () => {
		expect(voteProblem(OK)).toBeNull();
	});

	it.each<[string, Partial<VoteFacts>, string | null]>([
		['an unverified child', { verified: false }, 'vote_unverified'],
		['an adult, an aged-out child or staff', { child: false }, 'vote_not_child'],
		['an adult who is also unverified', { child: false, verified: false }, 'vote_not_child'],
		['after the cut-off', { phase: 'voting_closed' }, 'vote_closed'],
		['during the review', { phase: 'in_review' }, 'vote_closed'],
		['a closed cycle', { phase: 'closed' }, 'vote_closed'],
		['a cycle not open yet', { phase: 'upcoming' }, 'vote_not_open'],
		['an idea in no cycle', { phase: null }, 'vote_not_open'],
		['the cut-off, even for an unverified child', { phase: 'voting_closed', verified: false }, 'vote_closed'],
		['one’s own idea', { isOwn: true }, 'vote_own_idea'],
		['the last free vote', { used: 4 }, null],
		['a spent budget', { used: 5 }, 'vote_budget_spent'],
		['a budget overspent by a lowered limit', { used: 6 }, 'vote_budget_spent'],
		['an idea already supported, budget spent', { alreadyVoted: true, used: 5 }, null],
		['one’s own idea, budget spent', { isOwn: true, used: 5 }, 'vote_own_idea'],
		['a hidden idea, budget spent', { ideaStatus: 'disembunyikan', used: 5 }, 'vote_idea_unavailable']
	])('%s → %s', (_label, over, code) => {
		expect(voteProblem({ ...OK, ...over })).toBe(code);
	});

	it.each(IDEA_STATUSES.filter((s) => s !== 'terbit'))('refuses an idea with status %s', (status) => {
		expect(voteProblem({ ...OK, ideaStatus: status })).toBe('vote_idea_unavailable');
	});
});

describe('withdrawProblem', () => {
	it.each(PHASES.map((p) => [p, p === 'open' ? null : p === 'upcoming' ? 'vote_not_open' : 'vote_closed']))(
		'phase %s → %s',
		(phase, code) => {
			expect(withdrawProblem(phase)).toBe(code);
			expect(phaseProblem(phase)).toBe(code);
		}
	);

	it('has nothing to take back from an idea in no cycle', () => {
		expect(withdrawProblem(null)).toBe('vote_not_open');
	});
});

describe('votesLeft', () => {
	it.each([
		[5, 0, 5],
		[5, 2, 3],
		[5, 5, 0],
		// A budget lowered below what a child already holds shows none left, never a negative number.
		[3, 5, 0],
		[0, 0, 0]
	])('a budget of %i with %i used leaves %i', (total, used, left) => {
		expect(votesLeft(total, used)).toBe(left);
	});
});
