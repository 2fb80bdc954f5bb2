import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { ideas, users, votes } from '../db/schema';
import { NotFound } from '../errors';
import { closedCycles, computeShortlist } from './shortlist';
import {
	addCycle,
	addIdea,
	addUser,
	addVotes,
	AFTER,
	at,
	CUT_OFF,
	KEC_A,
	KEC_B,
	thrown
} from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

let cycleId: number;
const id: Record<string, number> = {};
beforeAll(() => {
	cycleId = addCycle(db, { minVotesForTicket: 3, ticketsPerKecamatan: 1, ticketsForKabupaten: 1 });
	const author = addUser(db).id;
	const idea = (name: string, opts: Parameters<typeof addIdea>[3] = {}) =>
		(id[name] = addIdea(db, author, cycleId, { title: name, ...opts }));
	idea('a-top');
	idea('a-second');
	idea('b-top', { kec: KEC_B });
	idea('kabupaten', { level: 'kabupaten' });
	idea('hidden', { status: 'disembunyikan' });
	idea('withdrawn', { status: 'ditarik' });
	idea('merged', { status: 'digabung' });
	idea('waiting', { status: 'menunggu' });
	idea('safeguarding', { status: 'perlindungan' });
	addVotes(db, cycleId, id['a-top']!, 6, 100);
	addVotes(db, cycleId, id['a-second']!, 4, 100);
	addVotes(db, cycleId, id['b-top']!, 3, 100);
	addVotes(db, cycleId, id.kabupaten!, 2, 100);
	for (const name of ['hidden', 'withdrawn', 'merged', 'waiting', 'safeguarding'])
		addVotes(db, cycleId, id[name]!, 9, 100);
	// The merged idea's supporters now back 'a-second' (moderation/merge.ts moves the rows).
	db.update(ideas).set({ mergedIntoId: id['a-second'] }).where(eq(ideas.id, id.merged!)).run();
	db.update(votes).set({ ideaId: id['a-second']! }).where(eq(votes.ideaId, id.merged!)).run();
	// An idea of another cycle never shows up.
	const other = addCycle(db, {
		name: 'Lain',
		opensAt: new Date('2025-01-01'),
		votingClosesAt: new Date('2025-03-01')
	});
	addVotes(db, other, addIdea(db, author, other, { title: 'other-cycle' }), 9, 10);
});

const line = (name: string) => computeShortlist(db, cycleId, AFTER).lines.find((l) => l.ideaId === id[name]);

describe('computeShortlist', () => {
	it('shows the numbers behind every line: verified votes, when reached, kecamatan, slot and rank', () => {
		const s = computeShortlist(db, cycleId, AFTER);
		expect(s.rule).toEqual({ minVotes: 3, perKecamatan: 1, forKabupaten: 1 });
		expect(s.cycle.phase).toBe('voting_closed');
		expect(s.confirmedAt).toBeNull();
		const winners = s.lines.filter((l) => l.slot).map((l) => [l.title, l.slot, l.rank, l.votes]);
		// 'a-second' has its 4 votes plus the 9 moved from the idea merged into it.
		expect(winners).toEqual([
			['a-second', 'kecamatan', 1, 13],
			['a-top', 'kabupaten', 1, 6],
			['b-top', 'kecamatan', 1, 3]
		]);
		expect(line('a-top')).toMatchObject({
			kecamatanCode: KEC_A,
			reachedAt: at(100),
			kecamatanName: 'Sungai Raya'
		});
		expect(line('kabupaten')).toMatchObject({ excluded: 'below_minimum', votes: 2, kecamatanCode: null });
	});

	it('lists hidden, withdrawn and merged ideas as not published, and never waiting or safeguarding posts', () => {
		for (const name of ['hidden', 'withdrawn', 'merged'])
			expect(line(name), name).toMatchObject({ excluded: 'not_published', slot: null });
		expect(line('merged')?.votes).toBe(0);
		const titles = computeShortlist(db, cycleId, AFTER).lines.map((l) => l.title);
		expect(titles).not.toContain('waiting');
		expect(titles).not.toContain('safeguarding');
		expect(titles).not.toContain('other-cycle');
	});

	it('does not count votes of children un-verified since, but keeps those of deleted accounts', () => {
		const voters = db
			.select({ userId: votes.userId })
			.from(votes)
			.where(eq(votes.ideaId, id['b-top']!))
			.all();
		db.update(users).set({ verifiedAt: null }).where(eq(users.id, voters[0]!.userId)).run();
		expect(line('b-top')).toMatchObject({ votes: 2, excluded: 'below_minimum', slot: null });
		db.update(users).set({ deletedAt: AFTER }).where(eq(users.id, voters[0]!.userId)).run();
		expect(line('b-top')).toMatchObject({ votes: 3, slot: 'kecamatan' });
	});

	it('ignores a vote stamped after the cut-off', () => {
		const late = addUser(db);
		db.insert(votes)
			.values({
				cycleId,
				ideaId: id.kabupaten!,
				userId: late.id,
				createdAt: new Date(CUT_OFF.getTime() + 1000)
			})
			.run();
		expect(line('kabupaten')).toMatchObject({ votes: 2, excluded: 'below_minimum' });
	});

	it('refuses an unknown cycle', () => {
		expect(thrown(() => computeShortlist(db, 9999, AFTER))).toBeInstanceOf(NotFound);
	});
});

describe('closedCycles', () => {
	it('lists only cycles whose voting has closed, newest cut-off first', () => {
		addCycle(db, {
			name: 'Masih buka',
			opensAt: new Date('2026-04-01'),
			votingClosesAt: new Date('2026-06-30')
		});
		expect(closedCycles(db, AFTER).map((c) => c.name)).toEqual(['Musrenbang Anak 2026', 'Lain']);
		expect(closedCycles(db, new Date(CUT_OFF.getTime() - 1)).map((c) => c.name)).toEqual(['Lain']);
	});
});
