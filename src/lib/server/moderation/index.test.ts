import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, ideas, notifications } from '../db/schema';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as moderation from './index';

describe('minimal moderation', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	makeCycle(db);
	const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
	const author = makeUser(db);

	it('lists waiting ideas oldest first, and publishing one notifies its author and is logged', () => {
		const first = makeIdea(db, author, { status: 'menunggu', title: 'Ide pertama yang menunggu' });
		makeIdea(db, author, { status: 'menunggu', title: 'Ide kedua yang menunggu' });
		expect(moderation.pending(db)[0]?.id).toBe(first.id);
		moderation.approve(db, facilitator, first.id);
		expect(db.select().from(ideas).where(eq(ideas.id, first.id)).get()).toMatchObject({ status: 'terbit' });
		expect(db.select().from(notifications).where(eq(notifications.ideaId, first.id)).all()).toMatchObject([
			{ userId: author.id, kind: 'idea_published' }
		]);
		expect(
			db
				.select()
				.from(auditLog)
				.where(eq(auditLog.targetId, String(first.id)))
				.get()?.action
		).toBe('idea.approve');
	});

	it('rejecting needs a waiting idea and tells the author the reason', () => {
		const idea = makeIdea(db, author, { status: 'menunggu' });
		moderation.reject(db, facilitator, idea.id, 'Ada nomor HP di teksnya');
		expect(db.select().from(notifications).where(eq(notifications.ideaId, idea.id)).get()).toMatchObject({
			kind: 'idea_rejected',
			params: { reason: 'Ada nomor HP di teksnya' }
		});
		expect(() => moderation.approve(db, facilitator, idea.id)).toThrow('moderate_not_waiting');
	});

	it('refuses anyone who is not a facilitator', () => {
		const idea = makeIdea(db, author, { status: 'menunggu' });
		expect(() =>
			moderation.approve(db, makeUser(db, { kind: 'staff', roles: ['bappeda'] }), idea.id)
		).toThrow('moderate');
		expect(() => moderation.approve(db, makeUser(db), idea.id)).toThrow('moderate');
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()?.status).toBe('menunggu');
	});
});
