import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { ideaEvents, ideas, votes } from '../db/schema';
import * as moderation from '../moderation';
import * as ideasApi from './index';
import { makeProposal } from '../reviews/test-helpers';
import { IDEA_INPUT, KECAMATAN, makeCycle, makeIdea, makeUser } from './test-helpers';

const input = IDEA_INPUT;

describe('posting ideas', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	let cycleId: number;
	beforeAll(() => {
		cycleId = makeCycle(db).id;
	});

	it('a child posts an idea: it waits for moderation in the open cycle, with a first timeline entry', async () => {
		const child = makeUser(db);
		const { id } = await ideasApi.submit(db, child, input, null);
		const idea = db.select().from(ideas).where(eq(ideas.id, id)).get();
		expect(idea).toMatchObject({ status: 'menunggu', cycleId, kecamatanCode: KECAMATAN, authorId: child.id });
		expect(db.select().from(ideaEvents).where(eq(ideaEvents.ideaId, id)).all()).toMatchObject([
			{ status: 'menunggu', actorRole: 'penulis' }
		]);
	});

	it.each([
		['a staff account', () => makeUser(db, { kind: 'staff' }), 'idea_not_child'],
		['an 18-year-old child', () => makeUser(db, { age: 18 }), 'idea_not_child']
	])('refuses %s', async (_name, who, code) => {
		const before = db.select().from(ideas).all().length;
		await expect(ideasApi.submit(db, who(), input, null)).rejects.toThrow(code);
		expect(db.select().from(ideas).all().length).toBe(before);
	});

	it.each([
		['a place outside the kabupaten', { regionCode: '99.99.99.2001' }, 'idea_place'],
		['a kecamatan given for a desa-level idea', { regionCode: KECAMATAN }, 'idea_place'],
		['a desa given for a kabupaten-level idea', { level: 'kabupaten' as const }, 'idea_place'],
		['a cluster that does not exist', { cluster: 9 }, 'idea_cluster'],
		['a short title', { title: 'Taman' }, 'idea_title_short']
	])('refuses %s and writes nothing', async (_name, change, code) => {
		const before = db.select().from(ideas).all().length;
		await expect(ideasApi.submit(db, makeUser(db), { ...input, ...change }, null)).rejects.toThrow(code);
		expect(db.select().from(ideas).all().length).toBe(before);
	});

	it('places kecamatan and kabupaten ideas with the right kecamatan', async () => {
		const child = makeUser(db);
		const k = (
			await ideasApi.submit(db, child, { ...input, level: 'kecamatan', regionCode: KECAMATAN }, null)
		).id;
		const b = (await ideasApi.submit(db, child, { ...input, level: 'kabupaten', regionCode: '61.07' }, null))
			.id;
		const rows = db.select().from(ideas).all();
		expect(rows.find((r) => r.id === k)?.kecamatanCode).toBe(KECAMATAN);
		expect(rows.find((r) => r.id === b)?.kecamatanCode).toBeNull();
	});

	it('only a Forum Anak member may post a group idea', async () => {
		const group = { forum: 'Forum Anak Kecamatan Sungai Raya', size: 24 };
		await expect(ideasApi.submit(db, makeUser(db), { ...input, group }, null)).rejects.toThrow(
			'idea_group_forum_only'
		);
		const member = makeUser(db, { roles: ['anak', 'forum_anak'] });
		const { id } = await ideasApi.submit(db, member, { ...input, group }, null);
		expect(db.select().from(ideas).where(eq(ideas.id, id)).get()).toMatchObject({
			isGroup: true,
			groupForum: group.forum,
			groupSize: 24
		});
		await expect(
			ideasApi.submit(db, member, { ...input, group: { ...group, size: 1 } }, null)
		).rejects.toThrow('idea_group_size');
	});

	it('limits a child to 10 ideas a day', async () => {
		const child = makeUser(db);
		for (let i = 0; i < ideasApi.IDEAS_PER_DAY; i++) await ideasApi.submit(db, child, input, null);
		await expect(ideasApi.submit(db, child, input, null)).rejects.toThrow('idea_rate_limited');
		const tomorrow = new Date(Date.now() + 86_400_000 + 1000);
		expect((await ideasApi.submit(db, child, input, null, tomorrow)).id).toBeGreaterThan(0);
	});
});

describe('editing and withdrawing', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());

	it('the author edits while it waits, but not after publication; nobody else edits', async () => {
		makeCycle(db);
		const child = makeUser(db);
		const { id } = await ideasApi.submit(db, child, input, null);
		await ideasApi.edit(db, child, id, { ...input, title: 'Taman bermain yang aman' });
		expect(db.select().from(ideas).where(eq(ideas.id, id)).get()?.title).toBe('Taman bermain yang aman');
		await expect(ideasApi.edit(db, makeUser(db), id, input)).rejects.toThrow('idea_not_author');
		moderation.approve(db, makeUser(db, { kind: 'staff' }), id);
		await expect(ideasApi.edit(db, child, id, input)).rejects.toThrow('idea_not_editable');
	});

	it('an edit after "please change" sends the idea back to the queue, on the timeline', async () => {
		const child = makeUser(db);
		const idea = makeIdea(db, child, { status: 'perlu_perbaikan' });
		await ideasApi.edit(db, child, idea.id, input);
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()?.status).toBe('menunggu');
		expect(ideasApi.timeline(db, idea.id).at(-1)).toMatchObject({ status: 'menunggu', actorRole: 'penulis' });
	});

	it('withdrawing a published idea gives its supporters their votes back', () => {
		const cycle = makeCycle(db, new Date(), { opened: 1, votingLeft: 5 });
		const child = makeUser(db);
		const idea = makeIdea(db, child, { cycleId: cycle.id, votes: 2 });
		for (const voter of [makeUser(db, { verified: true }), makeUser(db, { verified: true })])
			db.insert(votes).values({ cycleId: cycle.id, ideaId: idea.id, userId: voter.id }).run();
		ideasApi.withdraw(db, child, idea.id, 'Sudah dibangun');
		expect(db.select().from(votes).where(eq(votes.ideaId, idea.id)).all()).toHaveLength(0);
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()).toMatchObject({
			status: 'ditarik',
			voteCount: 0
		});
		expect(() => ideasApi.withdraw(db, child, idea.id, null)).toThrow('idea_not_withdrawable');
	});

	it('an idea holding a golden ticket cannot be withdrawn by its author: it stays, with its votes', () => {
		const cycle = makeCycle(db, new Date(), { opened: 1, votingLeft: 5 });
		const child = makeUser(db);
		const idea = makeIdea(db, child, { cycleId: cycle.id, votes: 1 });
		db.insert(votes)
			.values({ cycleId: cycle.id, ideaId: idea.id, userId: makeUser(db, { verified: true }).id })
			.run();
		makeProposal(db, idea);
		expect(ideasApi.hasTicket(db, idea.id)).toBe(true);
		expect(() => ideasApi.withdraw(db, child, idea.id, 'Ganti pikiran')).toThrow('idea_has_ticket');
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()).toMatchObject({
			status: 'terbit',
			voteCount: 1
		});
		expect(db.select().from(votes).where(eq(votes.ideaId, idea.id)).all()).toHaveLength(1);
	});
});
