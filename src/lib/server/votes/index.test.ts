import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { IDEA_STATUSES, ideas } from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import * as regions from '../regions';
import * as votes from './index';
import {
	addChild,
	addCycle,
	addIdea,
	addStaff,
	CUT_OFF,
	driftedCounts,
	NOW,
	thrown,
	totalVotes,
	voteCountOf,
	votesOf
} from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

let cycleId: number;
let authorId: string;

beforeAll(() => {
	regions.ensureShipped(db);
	cycleId = addCycle(db);
	authorId = addChild(db).id;
});

/** A fresh published idea of the open cycle by someone else. */
const idea = () => addIdea(db, authorId, cycleId);

function expectRefused(fn: () => unknown, type: typeof Forbidden | typeof Conflict, code: string) {
	const before = totalVotes(db);
	const e = thrown(fn);
	expect(e).toBeInstanceOf(type);
	expect(e).toMatchObject({ code });
	expect(totalVotes(db)).toBe(before);
}

describe('cast', () => {
	it('records a verified child’s support and counts it on the idea in the same step', () => {
		const child = addChild(db);
		const id = idea();
		expect(votes.cast(db, child, id, NOW)).toEqual({ changed: true, voteCount: 1 });
		expect(voteCountOf(db, id)).toBe(1);
		expect(votes.budget(db, child, NOW)).toEqual({ cycleId, total: 5, used: 1, left: 4 });
		expect(votes.supportedIds(db, child.id, [id, id + 1000])).toEqual(new Set([id]));
		expect(votes.myVotes(db, child.id, cycleId)).toEqual([
			{ ideaId: id, title: 'Lampu jalan ke sekolah', status: 'terbit', votedAt: NOW }
		]);
	});

	it('lets a Forum Anak member vote like any child', () => {
		const member = addChild(db, { roles: ['anak', 'forum_anak'] });
		expect(votes.cast(db, member, idea(), NOW).changed).toBe(true);
	});

	it('refuses an unverified child with vote_unverified', () => {
		const child = addChild(db, { verified: false });
		expectRefused(() => votes.cast(db, child, idea(), NOW), Forbidden, 'vote_unverified');
	});

	it('refuses a child who turned 18 this month (counted by birth month), allows one a month younger', () => {
		const eighteen = addChild(db, { birthYear: 2008, birthMonth: 6 });
		expectRefused(() => votes.cast(db, eighteen, idea(), NOW), Forbidden, 'vote_not_child');
		const seventeen = addChild(db, { birthYear: 2008, birthMonth: 7 });
		expect(votes.cast(db, seventeen, idea(), NOW).changed).toBe(true);
	});

	it.each([['fasilitator'], ['admin'], ['bappeda']] as const)(
		'refuses staff (%s) with vote_not_child',
		(role) => {
			const staff = addStaff(db, [role]);
			expectRefused(() => votes.cast(db, staff, idea(), NOW), Forbidden, 'vote_not_child');
		}
	);

	it('refuses a vote for one’s own idea', () => {
		const child = addChild(db);
		const own = addIdea(db, child.id, cycleId);
		expectRefused(() => votes.cast(db, child, own, NOW), Forbidden, 'vote_own_idea');
		expect(voteCountOf(db, own)).toBe(0);
	});

	it.each(IDEA_STATUSES.filter((s) => s !== 'terbit'))('refuses an idea with status %s', (status) => {
		const child = addChild(db);
		const id = addIdea(db, authorId, cycleId, status);
		expectRefused(() => votes.cast(db, child, id, NOW), Conflict, 'vote_idea_unavailable');
	});

	it('answers NotFound for an idea that does not exist', () => {
		const e = thrown(() => votes.cast(db, addChild(db), 999_999, NOW));
		expect(e).toBeInstanceOf(NotFound);
		expect(e).toMatchObject({ code: 'vote_idea_unavailable' });
	});

	it('keeps one vote when the same child supports the same idea twice', () => {
		const child = addChild(db);
		const id = idea();
		votes.cast(db, child, id, NOW);
		expect(votes.cast(db, child, id, NOW)).toEqual({ changed: false, voteCount: 1 });
		expect([votesOf(db, child.id), voteCountOf(db, id)]).toEqual([1, 1]);
	});

	it('refuses the vote beyond the budget, and a withdrawn vote can be moved to another idea', () => {
		const child = addChild(db);
		const first = idea();
		const five = [first, idea(), idea(), idea(), idea()];
		for (const id of five) votes.cast(db, child, id, NOW);
		expect(votes.budget(db, child, NOW)).toMatchObject({ used: 5, left: 0 });
		const sixth = idea();
		expectRefused(() => votes.cast(db, child, sixth, NOW), Conflict, 'vote_budget_spent');
		// Supporting an idea already supported is still fine with the budget spent.
		expect(votes.cast(db, child, first, NOW).changed).toBe(false);

		expect(votes.withdraw(db, child, first, NOW)).toEqual({ changed: true, voteCount: 0 });
		expect(votes.budget(db, child, NOW)).toMatchObject({ used: 4, left: 1 });
		expect(votes.cast(db, child, sixth, NOW).changed).toBe(true);
		expect(votes.supportedIds(db, child.id, [...five, sixth])).toEqual(new Set([...five.slice(1), sixth]));
		expect(votes.budget(db, child, NOW)).toMatchObject({ used: 5, left: 0 });
	});

	it('follows the budget set on the cycle', () => {
		const small = addCycle(db, {
			opensAt: new Date(2024, 0, 1),
			votingClosesAt: new Date(2024, 6, 1),
			voteBudget: 1
		});
		const child = addChild(db);
		const [a, b] = [addIdea(db, authorId, small), addIdea(db, authorId, small)];
		const then = new Date(2024, 2, 1);
		votes.cast(db, child, a, then);
		expectRefused(() => votes.cast(db, child, b, then), Conflict, 'vote_budget_spent');
	});
});

describe('the cut-off', () => {
	it('refuses casting from the cut-off on; a millisecond before still counts', () => {
		const child = addChild(db);
		const id = idea();
		expectRefused(() => votes.cast(db, child, id, CUT_OFF), Conflict, 'vote_closed');
		expect(votes.cast(db, child, id, new Date(CUT_OFF.getTime() - 1)).changed).toBe(true);
	});

	it('refuses taking a vote back after the cut-off: the vote stays', () => {
		const child = addChild(db);
		const id = idea();
		votes.cast(db, child, id, NOW);
		const e = thrown(() => votes.withdraw(db, child, id, CUT_OFF));
		expect(e).toBeInstanceOf(Conflict);
		expect(e).toMatchObject({ code: 'vote_closed' });
		expect([votesOf(db, child.id), voteCountOf(db, id)]).toEqual([1, 1]);
	});

	it('refuses ideas of a cycle not open yet or of no cycle with vote_not_open', () => {
		const next = addCycle(db, { opensAt: new Date(2027, 0, 1), votingClosesAt: new Date(2027, 6, 1) });
		const child = addChild(db);
		expectRefused(() => votes.cast(db, child, addIdea(db, authorId, next), NOW), Conflict, 'vote_not_open');
		expectRefused(() => votes.cast(db, child, addIdea(db, authorId, null), NOW), Conflict, 'vote_not_open');
		expect(votes.budget(db, child, new Date(2026, 11, 1))).toBeNull();
	});
});

describe('withdraw', () => {
	it('is a no-op when there is no vote to take back', () => {
		const child = addChild(db);
		expect(votes.withdraw(db, child, idea(), NOW)).toEqual({ changed: false, voteCount: 0 });
	});

	it('frees a vote on an idea hidden since, so the budget is never stuck', () => {
		const child = addChild(db);
		const id = idea();
		votes.cast(db, child, id, NOW);
		const hidden = addIdea(db, authorId, cycleId, 'disembunyikan');
		expect(votes.withdraw(db, child, hidden, NOW).changed).toBe(false);
		db.update(ideas).set({ status: 'disembunyikan' }).where(eq(ideas.id, id)).run();
		expect(votes.withdraw(db, child, id, NOW)).toEqual({ changed: true, voteCount: 0 });
	});

	it('answers NotFound for an idea that does not exist', () => {
		expect(thrown(() => votes.withdraw(db, addChild(db), 999_999, NOW))).toBeInstanceOf(NotFound);
	});
});

describe('double clicks', () => {
	it('two casts for the same idea at once give one vote', async () => {
		const child = addChild(db);
		const id = idea();
		const results = await Promise.all(
			[1, 2, 3].map(() => Promise.resolve().then(() => votes.cast(db, child, id, NOW)))
		);
		expect(results.filter((r) => r.changed)).toHaveLength(1);
		expect([votesOf(db, child.id), voteCountOf(db, id)]).toEqual([1, 1]);
	});

	it('casts for many ideas at once never overspend the budget', async () => {
		const child = addChild(db);
		const ids = Array.from({ length: 8 }, idea);
		const settled = await Promise.allSettled(
			ids.map((id) => Promise.resolve().then(() => votes.cast(db, child, id, NOW)))
		);
		expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(5);
		for (const s of settled.filter((s) => s.status === 'rejected'))
			expect(s.reason).toMatchObject({ code: 'vote_budget_spent' });
		expect(votesOf(db, child.id)).toBe(5);
	});
});

describe('the stored count', () => {
	it('equals the number of votes on every idea after all of the above', () => {
		expect(totalVotes(db)).toBeGreaterThan(10);
		expect(driftedCounts(db)).toEqual([]);
	});
});
