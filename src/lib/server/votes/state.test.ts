import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import * as regions from '../regions';
import * as votes from './index';
import type { VotableIdea } from './state';
import { addChild, addCycle, addIdea, addStaff, CUT_OFF, NOW } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

let cycleId: number;
let authorId: string;

beforeAll(() => {
	regions.ensureShipped(db);
	cycleId = addCycle(db, { voteBudget: 2 });
	authorId = addChild(db).id;
});

const idea = () => addIdea(db, authorId, cycleId);

function votable(id: number): VotableIdea {
	return { id, authorId, status: 'terbit', cycleId };
}

describe('formStates', () => {
	it('shows a verified child what they support, what is left, and why a button is off', () => {
		const child = addChild(db);
		const [a, b, c] = [idea(), idea(), idea()];
		const own = addIdea(db, child.id, cycleId);
		votes.cast(db, child, a, NOW);
		const list = [votable(a), votable(b), { ...votable(own), authorId: child.id }];
		const states = votes.formStates(db, child, list, NOW);
		expect(states.get(a)).toEqual({
			ideaId: a,
			supported: true,
			canVote: true,
			reason: null,
			left: 1,
			total: 2
		});
		expect(states.get(b)).toMatchObject({ supported: false, canVote: true, reason: null, left: 1 });
		expect(states.get(own)).toMatchObject({ canVote: false, reason: 'vote_own_idea' });

		votes.cast(db, child, b, NOW);
		const spent = votes.formState(db, child, votable(c), NOW);
		expect(spent).toMatchObject({ supported: false, canVote: false, reason: 'vote_budget_spent', left: 0 });
		// With the budget spent, a supported idea can still be taken back (to move the vote).
		expect(votes.formState(db, child, votable(a), NOW)).toMatchObject({ supported: true, canVote: true });
	});

	it('after the cut-off a supported idea shows as supported, with every button off', () => {
		const child = addChild(db);
		const id = idea();
		votes.cast(db, child, id, NOW);
		expect(votes.formState(db, child, votable(id), CUT_OFF)).toEqual({
			ideaId: id,
			supported: true,
			canVote: false,
			reason: 'vote_closed',
			left: 0,
			total: 0
		});
	});

	it.each([
		['a visitor', () => null, 'vote_sign_in'],
		['an unverified child', () => addChild(db, { verified: false }), 'vote_unverified'],
		['staff', () => addStaff(db), 'vote_not_child']
	])('tells %s why they cannot support, with no budget line', (_label, who, reason) => {
		const id = idea();
		expect(votes.formState(db, who(), votable(id), NOW)).toEqual({
			ideaId: id,
			supported: false,
			canVote: false,
			reason,
			left: 0,
			total: 0
		});
	});

	it('handles an empty page and ideas of no cycle', () => {
		const child = addChild(db);
		expect(votes.formStates(db, child, [], NOW).size).toBe(0);
		const loose = addIdea(db, authorId, null);
		expect(votes.formState(db, child, { ...votable(loose), cycleId: null }, NOW)).toMatchObject({
			canVote: false,
			reason: 'vote_not_open'
		});
	});
});
