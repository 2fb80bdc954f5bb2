import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import * as regions from '../regions';
import * as votes from './index';
import {
	addChild,
	addCycle,
	addIdea,
	CUT_OFF,
	driftedCounts,
	NOW,
	voteCountOf,
	votesOf
} from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const AFTER_CUT_OFF = new Date(CUT_OFF.getTime() + DAY);
let cycleId: number;
let authorId: string;

beforeAll(() => {
	regions.ensureShipped(db);
	cycleId = addCycle(db);
	authorId = addChild(db).id;
});

/** A published idea of the open cycle with `n` supporters; returns the idea and its supporters. */
function backed(n: number) {
	const id = addIdea(db, authorId, cycleId);
	const children = Array.from({ length: n }, () => addChild(db));
	for (const c of children) votes.cast(db, c, id, NOW);
	return { id, children };
}

describe('release', () => {
	it('gives every supporter of an idea their vote back and sets its count to zero', () => {
		const { id, children } = backed(3);
		expect(db.transaction((tx) => votes.release(tx, { ideaId: id }, NOW))).toBe(3);
		expect(voteCountOf(db, id)).toBe(0);
		for (const c of children) expect(votes.budget(db, c, NOW)?.left).toBe(5);
	});

	it('gives back nothing once the cycle is past its cut-off: the votes decide the golden tickets', () => {
		const { id, children } = backed(2);
		expect(votes.release(db, { ideaId: id }, AFTER_CUT_OFF)).toBe(0);
		expect(voteCountOf(db, id)).toBe(2);
		for (const c of children) expect(votesOf(db, c.id)).toBe(1);
	});

	it('gives back every vote a child holds in cycles still taking votes, and keeps the final ones', () => {
		const old = addCycle(db, {
			opensAt: new Date(2025, 0, 1),
			votingClosesAt: new Date(2025, 6, 1)
		});
		const child = addChild(db);
		const past = addIdea(db, authorId, old);
		votes.cast(db, child, past, new Date(2025, 5, 1));
		const open = [addIdea(db, authorId, cycleId), addIdea(db, authorId, cycleId)];
		for (const id of open) votes.cast(db, child, id, NOW);
		expect(votes.release(db, { userId: child.id }, NOW)).toBe(2);
		expect(open.map((id) => voteCountOf(db, id))).toEqual([0, 0]);
		expect(voteCountOf(db, past)).toBe(1);
		expect(votesOf(db, child.id)).toBe(1);
	});

	it('gives back only the votes that would count twice on the target: its supporters’ and its author’s', () => {
		const from = addIdea(db, authorId, cycleId);
		const intoAuthor = addChild(db);
		const target = addIdea(db, intoAuthor.id, cycleId);
		const both = addChild(db);
		const other = addChild(db);
		votes.cast(db, both, target, NOW);
		for (const c of [both, intoAuthor, other]) votes.cast(db, c, from, NOW);
		expect(votes.release(db, { ideaId: from, duplicatesOn: target }, NOW)).toBe(2);
		expect(voteCountOf(db, from)).toBe(1);
		expect(votesOf(db, other.id)).toBe(1);
		expect(votesOf(db, intoAuthor.id)).toBe(0);
	});
});

describe('move', () => {
	it('moves the votes of a merged idea to the target without counting anyone twice', () => {
		const into = backed(2);
		const from = backed(1);
		const both = addChild(db);
		votes.cast(db, both, into.id, NOW);
		votes.cast(db, both, from.id, NOW);
		const moved = db.transaction((tx) => votes.move(tx, from.id, into.id, NOW));
		expect(moved).toEqual({ moved: 1, returned: 1 });
		expect(voteCountOf(db, from.id)).toBe(0);
		expect(voteCountOf(db, into.id)).toBe(4);
	});
});

describe('the stored count', () => {
	it('equals the number of votes on every idea after all of the above', () => {
		expect(driftedCounts(db)).toEqual([]);
	});
});
