import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { createTestDb } from '../db/test-db';
import { auditLog, users } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import * as ideas from '../ideas';
import { DESA, makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as votes from '../votes';
import {
	currentSuspensions,
	childWithSuspension,
	lift,
	searchChildren,
	suspend,
	suspensionOf
} from './suspend';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const DAY = 86_400_000;
const cycle = makeCycle(db);
const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
const later = (days: number, from = new Date()) => new Date(from.getTime() + days * DAY);

/** What the session hands to routes on the child's next request. */
function signedIn(userId: string) {
	const token = generateSessionToken();
	createSession(db, token, userId);
	const session = validateSessionToken(db, token);
	if (!session) throw new Error('no session');
	return session.user;
}

const userRow = (id: string) => db.select().from(users).where(eq(users.id, id)).get();
const logOf = (id: string) =>
	db
		.select()
		.from(auditLog)
		.where(eq(auditLog.targetId, id))
		.all()
		.map((l) => ({ action: l.action, actorId: l.actorId, reason: l.reason }));

const idea = {
	title: 'Taman bermain di dekat sekolah',
	body: 'Kami tidak punya tempat bermain yang aman setelah pulang sekolah di desa kami.',
	cluster: 4,
	level: 'desa' as const,
	regionCode: DESA
};

describe('suspend', () => {
	it('stops a child posting and voting until the end date, keeps them signed in, and is logged', async () => {
		const child = makeUser(db, { verified: true });
		const other = makeIdea(db, makeUser(db), { cycleId: cycle.id });
		suspend(db, facilitator, child.id, { until: later(7), reason: 'Mengirim kata kasar berulang kali' });

		const actor = signedIn(child.id);
		expect(actor.suspendedUntil).toBeInstanceOf(Date);
		expect(() => votes.cast(db, actor, other.id)).toThrow(Forbidden);
		expect(() => votes.cast(db, actor, other.id)).toThrow('suspended');
		await expect(ideas.submit(db, actor, idea, null)).rejects.toThrow('suspended');
		expect(suspensionOf(db, child.id)).toEqual({
			until: userRow(child.id)?.suspendedUntil,
			reason: 'Mengirim kata kasar berulang kali'
		});
		expect(logOf(child.id)).toEqual([
			{ action: 'user.suspend', actorId: facilitator.id, reason: 'Mengirim kata kasar berulang kali' }
		]);
		// After the period the same session may post and vote again.
		const after = later(8);
		expect(votes.cast(db, actor, other.id, after).changed).toBe(true);
		expect(suspensionOf(db, child.id, after)).toBeNull();
	});

	it('replaces a running suspension with the new period', () => {
		const child = makeUser(db);
		suspend(db, facilitator, child.id, { until: later(30), reason: 'Pertama kali' });
		suspend(db, facilitator, child.id, { until: later(2), reason: 'Dipersingkat setelah bicara' });
		expect(suspensionOf(db, child.id)?.reason).toBe('Dipersingkat setelah bicara');
		expect(userRow(child.id)?.suspendedUntil?.getTime()).toBeLessThan(later(3).getTime());
	});

	it.each([
		['less than a day', 0.5],
		['in the past', -1],
		['more than a year', 367]
	])('refuses an end %s ahead', (_label, days) => {
		const child = makeUser(db);
		expect(() => suspend(db, facilitator, child.id, { until: later(days), reason: 'Alasan cukup' })).toThrow(
			Invalid
		);
		expect(userRow(child.id)?.suspendedUntil).toBeNull();
	});

	it('accepts exactly one day and exactly one year, computed a moment before', () => {
		const now = new Date();
		const child = makeUser(db);
		suspend(
			db,
			facilitator,
			child.id,
			{ until: later(1, now), reason: 'Satu hari' },
			new Date(now.getTime() + 500)
		);
		suspend(db, facilitator, child.id, { until: later(365, now), reason: 'Satu tahun' }, now);
		expect(suspensionOf(db, child.id)?.reason).toBe('Satu tahun');
	});

	it('refuses a staff account, an unknown account and a missing reason', () => {
		const staff = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
		expect(() => suspend(db, facilitator, staff.id, { until: later(3), reason: 'Alasan cukup' })).toThrow(
			'modr_suspend_not_child'
		);
		expect(() => suspend(db, facilitator, 'nobody', { until: later(3), reason: 'Alasan cukup' })).toThrow(
			NotFound
		);
		const child = makeUser(db);
		expect(() => suspend(db, facilitator, child.id, { until: later(3), reason: '  ' })).toThrow(
			'modr_reason'
		);
		expect(userRow(staff.id)?.suspendedUntil).toBeNull();
		expect(userRow(child.id)?.suspendedUntil).toBeNull();
	});

	it('refuses anyone but a facilitator', () => {
		const child = makeUser(db);
		for (const actor of [makeUser(db), makeUser(db, { kind: 'staff', roles: ['admin'] })])
			expect(() => suspend(db, actor, child.id, { until: later(3), reason: 'Alasan cukup' })).toThrow(
				Forbidden
			);
		expect(logOf(child.id)).toEqual([]);
	});
});

describe('lift', () => {
	it('ends a suspension early, with a reason in the log', () => {
		const child = makeUser(db, { verified: true });
		suspend(db, facilitator, child.id, { until: later(10), reason: 'Kata kasar' });
		lift(db, facilitator, child.id, 'Sudah minta maaf');
		expect(userRow(child.id)).toMatchObject({ suspendedUntil: null, suspendReason: null });
		expect(
			votes.cast(db, signedIn(child.id), makeIdea(db, makeUser(db), { cycleId: cycle.id }).id).changed
		).toBe(true);
		expect(logOf(child.id).map((l) => l.action)).toEqual(['user.suspend', 'user.lift_suspension']);
	});

	it('refuses a child who is not suspended (or whose suspension ended) and a non-facilitator', () => {
		const child = makeUser(db);
		expect(() => lift(db, facilitator, child.id, 'Tidak perlu')).toThrow(Conflict);
		suspend(db, facilitator, child.id, { until: later(2), reason: 'Kata kasar' });
		expect(() => lift(db, makeUser(db), child.id, 'Tidak perlu')).toThrow(Forbidden);
		expect(() => lift(db, facilitator, child.id, 'Sudah lewat', later(3))).toThrow('modr_not_suspended');
	});
});

describe('finding children', () => {
	it('searches child nicknames only and lists running suspensions soonest first', () => {
		const a = makeUser(db);
		const b = makeUser(db);
		db.update(users).set({ username: 'cariaku-satu' }).where(eq(users.id, a.id)).run();
		db.update(users).set({ username: 'CariAku-dua' }).where(eq(users.id, b.id)).run();
		const staff = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		db.update(users).set({ username: 'cariaku-staf' }).where(eq(users.id, staff.id)).run();
		expect(searchChildren(db, 'cariaku').map((c) => c.username)).toEqual(['CariAku-dua', 'cariaku-satu']);
		expect(searchChildren(db, '  ')).toEqual([]);
		expect(childWithSuspension(db, a.id)).toMatchObject({ username: 'cariaku-satu', desa: 'Sungai Duri' });
		expect(() => childWithSuspension(db, staff.id)).toThrow(NotFound);

		suspend(db, facilitator, a.id, { until: later(20), reason: 'Dua puluh hari' });
		suspend(db, facilitator, b.id, { until: later(4), reason: 'Empat hari' });
		const running = currentSuspensions(db).map((s) => s.username);
		expect(running.indexOf('CariAku-dua')).toBeLessThan(running.indexOf('cariaku-satu'));
		expect(currentSuspensions(db, later(10)).map((s) => s.username)).not.toContain('CariAku-dua');
	});
});
