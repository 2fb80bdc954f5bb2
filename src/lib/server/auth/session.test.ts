import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { sessions, totpCredentials, userRoles, users, type Role } from '../db/schema';
import * as opds from '../opds';
import {
	createSession,
	effectiveUser,
	generateSessionToken,
	hashToken,
	invalidateSession,
	invalidateUserSessions,
	SESSION_ABSOLUTE_LIFETIME,
	SESSION_LIFETIME,
	STAFF_IDLE_LIFETIME,
	validateSessionToken
} from './session';
import { setRequiredRoles } from './totp-policy';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-01T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let counter = 0;
function addUser(roles: Role[] = ['anak'], kind: 'child' | 'staff' = 'child'): string {
	const id = crypto.randomUUID();
	db.insert(users)
		.values({
			id,
			username: `${kind}${++counter}`,
			passwordHash: 'x',
			kind,
			birthYear: kind === 'child' ? 2012 : null,
			birthMonth: kind === 'child' ? 4 : null
		})
		.run();
	for (const role of roles) db.insert(userRoles).values({ userId: id, role }).run();
	return id;
}

function start(userId: string, now = T0) {
	const token = generateSessionToken();
	const session = createSession(db, token, userId, now);
	return { token, session };
}

function storedExpiry(sessionId: string): number | undefined {
	return db.select().from(sessions).where(eq(sessions.id, sessionId)).get()?.expiresAt.getTime();
}

describe('sessions', () => {
	it('generates distinct 160-bit base32 tokens', () => {
		const a = generateSessionToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(a);
	});

	it('creates a 30-day session that validates to its user and roles', () => {
		const userId = addUser(['anak', 'forum_anak']);
		const { token, session } = start(userId);
		expect(session.expiresAt.getTime()).toBe(T0.getTime() + SESSION_LIFETIME);
		expect(SESSION_LIFETIME).toBe(30 * DAY);

		const result = validateSessionToken(db, token, at(1));
		expect(result?.session).toEqual({ id: hashToken(token), userId, expiresAt: session.expiresAt });
		expect(result?.user).toMatchObject({ id: userId, kind: 'child', birthYear: 2012, birthMonth: 4 });
		expect(result?.user.roles.sort()).toEqual(['anak', 'forum_anak']);
	});

	it('stores only the SHA-256 of the token, never the token itself', () => {
		const userId = addUser();
		const { token } = start(userId);
		const rows = db.$client.prepare('select * from sessions where user_id = ?').all(userId);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ id: hashToken(token) });
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(rows)).not.toContain(token);
	});

	it('matches a known SHA-256 vector', () => {
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('does not slide the expiry in the first half of the lifetime', () => {
		const { token, session } = start(addUser());
		const result = validateSessionToken(db, token, new Date(at(15).getTime() - 1));
		expect(result?.session.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		expect(storedExpiry(session.id)).toBe(session.expiresAt.getTime());
	});

	it('slides the expiry to 30 days from now in the second half', () => {
		const { token, session } = start(addUser());
		const now = at(20);
		const result = validateSessionToken(db, token, now);
		expect(result?.session.expiresAt.getTime()).toBe(now.getTime() + SESSION_LIFETIME);
		expect(storedExpiry(session.id)).toBe(now.getTime() + SESSION_LIFETIME);
	});

	it('keeps a session alive when used every 20 days', () => {
		const { token } = start(addUser());
		expect(validateSessionToken(db, token, at(20))).not.toBeNull();
		expect(validateSessionToken(db, token, at(40))).not.toBeNull();
		expect(validateSessionToken(db, token, at(60))).not.toBeNull();
	});

	it('still accepts a session one millisecond before it expires', () => {
		const { token, session } = start(addUser());
		expect(validateSessionToken(db, token, new Date(session.expiresAt.getTime() - 1))).not.toBeNull();
	});

	it('rejects and deletes an expired session', () => {
		const { token, session } = start(addUser());
		expect(validateSessionToken(db, token, at(30))).toBeNull();
		expect(storedExpiry(session.id)).toBeUndefined();
		// Gone for good, even if the clock were wrong afterwards.
		expect(validateSessionToken(db, token, at(1))).toBeNull();
	});

	it('invalidates one session and leaves the user’s others', () => {
		const userId = addUser();
		const first = start(userId);
		const second = start(userId);
		invalidateSession(db, first.session.id);
		expect(validateSessionToken(db, first.token, at(1))).toBeNull();
		expect(validateSessionToken(db, second.token, at(1))?.user.id).toBe(userId);
	});

	it('invalidates all sessions of one user and no one else’s', () => {
		const userId = addUser();
		const other = addUser();
		const mine = [start(userId), start(userId), start(userId)];
		const theirs = start(other);
		invalidateUserSessions(db, userId);
		for (const s of mine) expect(validateSessionToken(db, s.token, at(1))).toBeNull();
		expect(db.select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)).get()?.n).toBe(0);
		expect(validateSessionToken(db, theirs.token, at(1))?.user.id).toBe(other);
	});

	it('rejects and deletes the session of a deactivated user', () => {
		const userId = addUser();
		const { token, session } = start(userId);
		db.update(users)
			.set({ deactivatedAt: at(1) })
			.where(eq(users.id, userId))
			.run();
		expect(validateSessionToken(db, token, at(2))).toBeNull();
		expect(storedExpiry(session.id)).toBeUndefined();
	});

	it('rejects a tampered token and keeps the genuine session', () => {
		const { token } = start(addUser());
		const last = token.at(-1) === 'a' ? 'b' : 'a';
		const tampered = token.slice(0, -1) + last;
		expect(validateSessionToken(db, tampered, at(1))).toBeNull();
		expect(validateSessionToken(db, token.toUpperCase(), at(1))).toBeNull();
		expect(validateSessionToken(db, hashToken(token), at(1))).toBeNull();
		expect(validateSessionToken(db, token, at(1))).not.toBeNull();
	});

	it('rejects an unknown or empty token', () => {
		expect(validateSessionToken(db, generateSessionToken(), at(1))).toBeNull();
		expect(validateSessionToken(db, '', at(1))).toBeNull();
	});

	it('ends sessions when their user is deleted', () => {
		const userId = addUser();
		const { session } = start(userId);
		db.delete(users).where(eq(users.id, userId)).run();
		expect(storedExpiry(session.id)).toBeUndefined();
	});

	it('ends every session 90 days after sign-in, however often it is used', () => {
		const { token, session } = start(addUser());
		for (const day of [20, 40, 60, 80]) expect(validateSessionToken(db, token, at(day))).not.toBeNull();
		// From day 60 on, the sliding expiry stops at the absolute end.
		expect(storedExpiry(session.id)).toBe(T0.getTime() + SESSION_ABSOLUTE_LIFETIME);
		expect(validateSessionToken(db, token, new Date(at(90).getTime() - 1))).not.toBeNull();
		expect(validateSessionToken(db, token, at(90))).toBeNull();
		expect(storedExpiry(session.id)).toBeUndefined();
	});

	it('counts the 90 days from sign-in, not from when the row was last touched', () => {
		const { session } = start(addUser());
		const row = db.select().from(sessions).where(eq(sessions.id, session.id)).get();
		expect(row?.createdAt.getTime()).toBe(T0.getTime());
	});
});

describe('staff sessions', () => {
	const HOUR = 60 * 60 * 1000;
	const hours = (h: number) => new Date(T0.getTime() + h * HOUR);

	it('last 12 hours from sign-in', () => {
		const { token, session } = start(addUser(['fasilitator'], 'staff'));
		expect(STAFF_IDLE_LIFETIME).toBe(12 * HOUR);
		expect(session.expiresAt.getTime()).toBe(T0.getTime() + 12 * HOUR);
		expect(validateSessionToken(db, token, new Date(hours(12).getTime() - 1))).not.toBeNull();
	});

	it('end after 12 hours without use', () => {
		const { token, session } = start(addUser(['bappeda'], 'staff'));
		expect(validateSessionToken(db, token, hours(12))).toBeNull();
		expect(storedExpiry(session.id)).toBeUndefined();
	});

	it('slide while used, writing the new expiry at most every five minutes', () => {
		const { token, session } = start(addUser(['opd'], 'staff'));
		const oneMinute = new Date(T0.getTime() + 60_000);
		expect(validateSessionToken(db, token, oneMinute)?.session.expiresAt.getTime()).toBe(
			T0.getTime() + 12 * HOUR
		);
		expect(storedExpiry(session.id)).toBe(T0.getTime() + 12 * HOUR);
		const sixMinutes = new Date(T0.getTime() + 6 * 60_000);
		validateSessionToken(db, token, sixMinutes);
		expect(storedExpiry(session.id)).toBe(sixMinutes.getTime() + 12 * HOUR);
		// Used again within the twelve hours of that: still alive.
		expect(validateSessionToken(db, token, hours(12))).not.toBeNull();
	});

	it('used every 11 hours, still end 90 days after sign-in', () => {
		const { token } = start(addUser(['admin'], 'staff'));
		let h = 11;
		for (; h < 90 * 24; h += 11) expect(validateSessionToken(db, token, hours(h))).not.toBeNull();
		expect(validateSessionToken(db, token, hours(90 * 24))).toBeNull();
	});

	it('flag a staff member whose role requires the second factor they have not set up', () => {
		const adminId = addUser(['admin'], 'staff');
		const staffId = addUser(['fasilitator'], 'staff');
		const child = start(addUser(['anak']));
		const staff = start(staffId);
		expect(validateSessionToken(db, staff.token, at(0))?.user.mustSetUpSecondFactor).toBe(false);
		setRequiredRoles(db, adminId, ['fasilitator']);
		expect(validateSessionToken(db, staff.token, at(0))?.user.mustSetUpSecondFactor).toBe(true);
		expect(validateSessionToken(db, child.token, at(0))?.user.mustSetUpSecondFactor).toBe(false);
		setRequiredRoles(db, adminId, []);
	});

	it('decide the effective rights once: all or, while the factor is missing, a visitor’s', () => {
		const account = {
			id: 'u1',
			username: 'dinkes',
			kind: 'staff' as const,
			displayName: null,
			birthYear: null,
			birthMonth: null,
			desaCode: null,
			verifiedAt: null,
			opdId: 7,
			canSafeguard: true,
			roles: ['fasilitator', 'opd'] as Role[]
		};
		expect(effectiveUser(account, false)).toEqual({
			...account,
			mustSetUpSecondFactor: false,
			rolesAwaitingSecondFactor: []
		});
		expect(effectiveUser(account, true)).toEqual({
			...account,
			roles: [],
			canSafeguard: false,
			opdId: null,
			mustSetUpSecondFactor: true,
			rolesAwaitingSecondFactor: ['fasilitator', 'opd']
		});
	});

	it('give an account that must set up its second factor no roles or staff powers until it has', () => {
		const adminId = addUser(['admin'], 'staff');
		const staffId = addUser(['fasilitator', 'opd'], 'staff');
		opds.ensureShipped(db);
		const opdId = opds.list(db)[0]!.id;
		db.update(users).set({ canSafeguard: true, opdId }).where(eq(users.id, staffId)).run();
		const forumChild = start(addUser(['anak', 'forum_anak']));
		const staff = start(staffId);
		setRequiredRoles(db, adminId, ['fasilitator']);
		try {
			const pending = validateSessionToken(db, staff.token, at(0))?.user;
			// Every check made from the session sees a visitor's rights...
			expect(pending).toMatchObject({
				id: staffId,
				kind: 'staff',
				roles: [],
				canSafeguard: false,
				opdId: null
			});
			// ...and only the set-up page reads what the account will have once the factor is on.
			expect(pending?.rolesAwaitingSecondFactor).toEqual(['fasilitator', 'opd']);
			// Children keep their roles: the policy can name only staff roles.
			expect(validateSessionToken(db, forumChild.token, at(0))?.user).toMatchObject({
				roles: ['anak', 'forum_anak'],
				rolesAwaitingSecondFactor: []
			});

			db.insert(totpCredentials)
				.values({ userId: staffId, secret: Buffer.alloc(20), enabledAt: at(0) })
				.run();
			const ready = validateSessionToken(db, staff.token, at(0))?.user;
			expect(ready).toMatchObject({
				roles: ['fasilitator', 'opd'],
				canSafeguard: true,
				opdId,
				rolesAwaitingSecondFactor: []
			});
			expect(ready?.mustSetUpSecondFactor).toBe(false);
		} finally {
			setRequiredRoles(db, adminId, []);
		}
	});
});
