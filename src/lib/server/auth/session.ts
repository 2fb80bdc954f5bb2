// Sessions as the Lucia guide teaches: a random token goes to the cookie, only its SHA-256 is stored,
// and the 30-day expiry slides forward when the session is used in its second half.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
import { sessions, userRoles, users, type Role } from '../db/schema';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;

export interface SessionUser {
	id: string;
	username: string;
	kind: 'child' | 'staff';
	displayName: string | null;
	birthYear: number | null;
	birthMonth: number | null;
	desaCode: string | null;
	verifiedAt: Date | null;
	opdId: number | null;
	/** A facilitator allowed into the safeguarding queue. */
	canSafeguard?: boolean;
	/** Posting and voting are suspended until then. */
	suspendedUntil?: Date | null;
	roles: Role[];
}

export interface ValidatedSession {
	session: { id: string; userId: string; expiresAt: Date };
	user: SessionUser;
}

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(db: Db, token: string, userId: string, now = new Date()) {
	const session = { id: hashToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_LIFETIME) };
	db.insert(sessions).values(session).run();
	return session;
}

export function validateSessionToken(db: Db, token: string, now = new Date()): ValidatedSession | null {
	const id = hashToken(token);
	const row = db
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return null;
	const { session, user } = row;
	if (now.getTime() >= session.expiresAt.getTime() || user.deactivatedAt) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	if (now.getTime() >= session.expiresAt.getTime() - SESSION_LIFETIME / 2) {
		session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME);
		db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id)).run();
	}
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, user.id))
		.all()
		.map((r) => r.role);
	return {
		session: { id: session.id, userId: session.userId, expiresAt: session.expiresAt },
		user: {
			id: user.id,
			username: user.username,
			kind: user.kind,
			displayName: user.displayName,
			birthYear: user.birthYear,
			birthMonth: user.birthMonth,
			desaCode: user.desaCode,
			verifiedAt: user.verifiedAt,
			canSafeguard: user.canSafeguard,
			suspendedUntil: user.suspendedUntil,
			opdId: user.opdId,
			roles
		}
	};
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: DbOrTx, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
