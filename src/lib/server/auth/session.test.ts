import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { sessions, userRoles, users, type Role } from '../db/schema';
import {
	createSession,
	generateSessionToken,
	hashToken,
	invalidateSession,
	invalidateUserSessions,
	SESSION_LIFETIME,
	validateSessionToken
} from './session';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-01T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let counter = 0;
function addUser(roles: Role[] = ['anak']): string {
	const id = crypto.randomUUID();
	db.insert(users)
		.values({
			id,
			username: `anak${++counter}`,
			passwordHash: 'x',
			kind: 'child',
			birthYear: 2012,
			birthMonth: 4
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
});
