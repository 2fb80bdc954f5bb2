// Rules found in review: what a shared phone may show, what throwaway accounts may do, and that votes
// are final after the cut-off.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '../account';
import { createTestDb } from '../db/test-db';
import { ideas, users, votes } from '../db/schema';
import * as notifications from '../notifications';
import * as reports from '../reports';
import * as safeguarding from '../safeguarding';
import * as ideasApi from './index';
import { DESA, makeCycle, makeIdea, makeUser } from './test-helpers';

const input = { title: 'Taman bermain di desa', cluster: 4, level: 'desa' as const, regionCode: DESA };

describe('review fixes', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	makeCycle(db);

	it('a note about a post that became a safeguarding item names it no more', async () => {
		const child = makeUser(db);
		const { id } = await ideasApi.submit(
			db,
			child,
			{ ...input, body: 'Ayunan di taman desa kami patah dan berkarat.' },
			null
		);
		await ideasApi.edit(db, child, id, {
			...input,
			body: 'Saya dipukul ayah setiap malam, saya takut pulang.'
		});
		const rows = notifications.list(db, child.id).rows;
		expect(rows.some((r) => r.ideaTitle === input.title)).toBe(false);
	});

	it('deleting an account keeps a released safeguarding post and its records', async () => {
		const child = makeUser(db);
		const lead = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		db.update(users).set({ canSafeguard: true }).where(eq(users.id, lead.id)).run();
		const { id } = await ideasApi.submit(
			db,
			child,
			{ ...input, body: 'Teman sekelasku sering dibully dan dipalak di belakang sekolah.' },
			null
		);
		safeguarding.recordAction(db, { ...lead, canSafeguard: true }, id, {
			action: 'no_concern',
			note: 'Ide pencegahan'
		});
		expect(() => deleteAccount(db, child.id)).not.toThrow();
		expect(db.select().from(ideas).where(eq(ideas.id, id)).get()).toBeDefined();
	});

	it('reports from unverified accounts do not hide an idea', () => {
		const idea = makeIdea(db, makeUser(db));
		for (let i = 0; i < 3; i++) reports.report(db, makeUser(db), idea.id, 'spam', null);
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()?.status).toBe('terbit');
		for (let i = 0; i < 3; i++) reports.report(db, makeUser(db, { verified: true }), idea.id, 'spam', null);
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()?.status).toBe('disembunyikan');
	});

	it('withdrawing after the cut-off keeps the votes: they are final', () => {
		const closed = makeCycle(db, new Date(), { opened: 40, votingLeft: -5 });
		const author = makeUser(db);
		const idea = makeIdea(db, author, { cycleId: closed.id, votes: 1 });
		db.insert(votes)
			.values({ cycleId: closed.id, ideaId: idea.id, userId: makeUser(db, { verified: true }).id })
			.run();
		ideasApi.withdraw(db, author, idea.id, null);
		expect(db.select().from(votes).where(eq(votes.ideaId, idea.id)).all()).toHaveLength(1);
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()).toMatchObject({
			status: 'ditarik',
			voteCount: 1
		});
	});

	it('a suspended child cannot edit an idea back into the queue', async () => {
		const child = makeUser(db);
		const idea = makeIdea(db, child, { status: 'perlu_perbaikan' });
		const suspended = { ...child, suspendedUntil: new Date(Date.now() + 86_400_000) };
		await expect(ideasApi.edit(db, suspended, idea.id, { ...input, body: 'x'.repeat(40) })).rejects.toThrow(
			'suspended'
		);
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()?.status).toBe('perlu_perbaikan');
	});
});
