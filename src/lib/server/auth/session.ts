// Sessions as the Lucia guide teaches: a random token goes to the cookie, only its SHA-256 is stored,
// and the 30-day expiry slides forward when the session is used in its second half. Staff sessions
// end after 12 hours without use, and every session ends 90 days after sign-in however much it is used.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, sql } from 'drizzle-orm';
import { perDatabase, type Db, type DbOrTx } from '../db/client';
import { sessions, signInChallenges, userRoles, users, type Role } from '../db/schema';
import { mustSetUp } from './totp-policy';

export const SESSION_COOKIE = 'session';
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Children's sessions: 30 days, sliding. */
export const SESSION_LIFETIME = 30 * DAY;
/** Staff sessions end after 12 hours without use (a shared office computer left signed in). */
export const STAFF_IDLE_LIFETIME = 12 * HOUR;
/** No session outlives this, used or not: a stolen cookie does not work for ever. */
export const SESSION_ABSOLUTE_LIFETIME = 90 * DAY;
/** A staff session's expiry is written at most this often, not on every request. */
const STAFF_REFRESH_AFTER = 5 * MINUTE;

type Kind = 'child' | 'staff';

const idleLifetime = (kind: Kind) => (kind === 'staff' ? STAFF_IDLE_LIFETIME : SESSION_LIFETIME);
const refreshAfter = (kind: Kind) => (kind === 'staff' ? STAFF_REFRESH_AFTER : SESSION_LIFETIME / 2);

/** The idle expiry from now, never beyond the absolute end. */
function expiryFrom(now: Date, createdAt: Date, kind: Kind): Date {
	return new Date(
		Math.min(now.getTime() + idleLifetime(kind), createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME)
	);
}

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
	/** A role requires the second factor and the account has none: only its set-up page opens. */
	mustSetUpSecondFactor?: boolean;
	/** What every check reads: none while the second factor must still be set up (see effectiveUser). */
	roles: Role[];
	/**
	 * The account's roles while they wait for the second factor. Read only by the page that sets it up
	 * (guard.ts, requireSecondFactorPage): no other check may grant anything from it.
	 */
	rolesAwaitingSecondFactor?: Role[];
}

/**
 * What a session may do, decided once where the session is resolved. An account whose role requires
 * the second factor, and which has not set it up, is a visitor everywhere (pages, their __data.json,
 * photos, downloads): no roles, no safeguarding permission, no agency. Its roles only wait.
 */
export function effectiveUser(account: SessionUser, mustSetUpSecondFactor: boolean): SessionUser {
	if (!mustSetUpSecondFactor)
		return { ...account, mustSetUpSecondFactor: false, rolesAwaitingSecondFactor: [] };
	return {
		...account,
		roles: [],
		canSafeguard: false,
		opdId: null,
		mustSetUpSecondFactor: true,
		rolesAwaitingSecondFactor: account.roles
	};
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

/** A new session for a fresh token: call it at every sign-in, never reuse a token. */
export function createSession(db: Db, token: string, userId: string, now = new Date()) {
	const kind = db.select({ kind: users.kind }).from(users).where(eq(users.id, userId)).get()?.kind ?? 'child';
	const session = { id: hashToken(token), userId, expiresAt: expiryFrom(now, now, kind) };
	db.insert(sessions)
		.values({ ...session, createdAt: now })
		.run();
	return session;
}

// Every request of a signed-in person runs these two: built once per database (drizzle would build
// their SQL again on every call), selecting only what a session needs.
function buildQueries(db: Db) {
	return {
		row: db
			.select({
				session: { userId: sessions.userId, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt },
				user: {
					id: users.id,
					username: users.username,
					kind: users.kind,
					displayName: users.displayName,
					birthYear: users.birthYear,
					birthMonth: users.birthMonth,
					desaCode: users.desaCode,
					verifiedAt: users.verifiedAt,
					canSafeguard: users.canSafeguard,
					suspendedUntil: users.suspendedUntil,
					opdId: users.opdId,
					deactivatedAt: users.deactivatedAt
				}
			})
			.from(sessions)
			.innerJoin(users, eq(sessions.userId, users.id))
			.where(eq(sessions.id, sql.placeholder('id')))
			.prepare(),
		roles: db
			.select({ role: userRoles.role })
			.from(userRoles)
			.where(eq(userRoles.userId, sql.placeholder('userId')))
			.prepare()
	};
}

const prepared = perDatabase(buildQueries);

export function validateSessionToken(db: Db, token: string, now = new Date()): ValidatedSession | null {
	const id = hashToken(token);
	const q = prepared(db);
	const row = q.row.get({ id });
	if (!row) return null;
	const { session, user } = row;
	const absoluteEnd = session.createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME;
	if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= absoluteEnd || user.deactivatedAt) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	// Slide, but write only now and then: children in the second half, staff every few minutes.
	const lastSet = session.expiresAt.getTime() - idleLifetime(user.kind);
	if (now.getTime() >= lastSet + refreshAfter(user.kind)) {
		const next = expiryFrom(now, session.createdAt, user.kind);
		if (next.getTime() > session.expiresAt.getTime()) {
			session.expiresAt = next;
			db.update(sessions).set({ expiresAt: next }).where(eq(sessions.id, id)).run();
		}
	}
	const roles = q.roles.all({ userId: user.id }).map((r) => r.role);
	const account: SessionUser = {
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
	};
	return {
		session: { id, userId: session.userId, expiresAt: session.expiresAt },
		// Only staff roles can require it, so children cost no query here.
		user: effectiveUser(account, user.kind === 'staff' && mustSetUp(db, user.id, roles))
	};
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of the account, and any sign-in still waiting for its second factor. */
export function invalidateUserSessions(db: DbOrTx, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
	db.delete(signInChallenges).where(eq(signInChallenges.userId, userId)).run();
}
