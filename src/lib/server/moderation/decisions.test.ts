import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { ideas, notifications } from '../db/schema';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as moderation from './index';

const statusOf = (db: ReturnType<typeof createTestDb>['db'], id: number) =>
	db.select({ s: ideas.status }).from(ideas).where(eq(ideas.id, id)).get()?.s;

describe('moderation decisions', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	makeCycle(db);
	const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
	const author = makeUser(db);

	it('asks the author for a change: the idea goes back to them with the reason', () => {
		const idea = makeIdea(db, author, { status: 'menunggu' });
		moderation.requestChanges(db, facilitator, idea.id, 'Tolong hapus nama sekolahmu');
		expect(statusOf(db, idea.id)).toBe('perlu_perbaikan');
		expect(db.select().from(notifications).where(eq(notifications.ideaId, idea.id)).get()).toMatchObject({
			kind: 'idea_changes_requested',
			params: { reason: 'Tolong hapus nama sekolahmu' }
		});
	});

	it('refuses a decision without a reason', () => {
		const idea = makeIdea(db, author, { status: 'menunggu' });
		expect(() => moderation.reject(db, facilitator, idea.id, ' ')).toThrow('moderate_reason');
		expect(() => moderation.requestChanges(db, facilitator, idea.id, 'ok')).toThrow('moderate_reason');
		expect(statusOf(db, idea.id)).toBe('menunggu');
	});

	it('publishes many at once, but only clean waiting ideas', () => {
		const clean = makeIdea(db, author, { status: 'menunggu' });
		const flagged = makeIdea(db, author, { status: 'menunggu' });
		db.update(ideas)
			.set({ screening: { personal: ['0812 3456 7890'], insult: [], harm: [] } })
			.where(eq(ideas.id, flagged.id))
			.run();
		const published = makeIdea(db, author);
		const done = moderation.bulkApprove(db, facilitator, [clean.id, flagged.id, published.id]);
		expect(done).toEqual([clean.id]);
		expect(statusOf(db, clean.id)).toBe('terbit');
		expect(statusOf(db, flagged.id)).toBe('menunggu');
	});

	it('publishes a post with marked words only once the facilitator says they read them', () => {
		const flagged = makeIdea(db, author, { status: 'menunggu' });
		db.update(ideas)
			.set({ screening: { personal: [], insult: ['bodoh'], harm: [] } })
			.where(eq(ideas.id, flagged.id))
			.run();
		expect(() => moderation.approve(db, facilitator, flagged.id)).toThrow('moderate_flagged_unchecked');
		expect(statusOf(db, flagged.id)).toBe('menunggu');
		moderation.approve(db, facilitator, flagged.id, true);
		expect(statusOf(db, flagged.id)).toBe('terbit');
	});

	it('never lets a facilitator decide on their own content', () => {
		const own = makeIdea(db, facilitator, { status: 'menunggu' });
		expect(() => moderation.approve(db, facilitator, own.id)).toThrow('moderate_own');
		expect(moderation.bulkApprove(db, facilitator, [own.id])).toEqual([]);
		expect(statusOf(db, own.id)).toBe('menunggu');
	});

	it('checks a refusal before asking "Yakin?": passes a waiting idea, refuses what reject refuses, writes nothing', () => {
		const idea = makeIdea(db, author, { status: 'menunggu' });
		const own = makeIdea(db, facilitator, { status: 'menunggu' });
		const published = makeIdea(db, author);
		const events = () => db.select().from(notifications).where(eq(notifications.ideaId, idea.id)).all();
		expect(() => moderation.checkDecision(db, facilitator, idea.id, 'Bukan sebuah ide')).not.toThrow();
		expect(() => moderation.checkDecision(db, facilitator, idea.id, ' ')).toThrow('moderate_reason');
		expect(() => moderation.checkDecision(db, facilitator, own.id, 'Bukan sebuah ide')).toThrow(
			'moderate_own'
		);
		expect(() => moderation.checkDecision(db, facilitator, published.id, 'Bukan sebuah ide')).toThrow(
			'moderate_not_waiting'
		);
		expect(() => moderation.checkDecision(db, facilitator, 999_999, 'Bukan sebuah ide')).toThrow('idea');
		expect(statusOf(db, idea.id)).toBe('menunggu');
		expect(events()).toEqual([]);
	});

	it('gives the queue figures: waiting, median hours to a decision, open reports', () => {
		const f = moderation.figures(db);
		expect(f.waiting).toBe(moderation.pending(db).length);
		expect(f.decidedLast30Days).toBeGreaterThanOrEqual(2);
		expect(f.medianHours).not.toBeNull();
		expect(f.openReports).toBe(0);
	});

	it.each([
		[[], null],
		[[3], 3],
		[[1, 5, 2], 2],
		[[4, 1, 3, 2], 2.5]
	])('median of %j is %s', (values, expected) => {
		expect(moderation.median(values)).toBe(expected);
	});
});
