// A staff member's second factor: an authenticator app (TOTP). Turned on by confirming a first code,
// turned off with the password or a code, reset by an admin when the phone is lost.
import { and, asc, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Db, DbOrTx } from '../db/client';
import { totpCredentials, userRoles, users, type Role } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { attempt, clear, type Counter } from '../security/attempts';
import { checkPassword, triesKey } from '../security/password-tries';
import { verifyPassword } from './password';
import { invalidateUserSessions } from './session';
import { generateSecret, keyUri, matchStep, secretText } from './totp';
import { hasSecondFactor, requiredRoles } from './totp-policy';

export { hasSecondFactor };

function staffAccount(db: Db, userId: string) {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user || user.deactivatedAt) throw new NotFound('user');
	if (user.kind !== 'staff') throw new Forbidden('totp_not_staff');
	return user;
}

function rolesOf(db: Db, userId: string): Role[] {
	return db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, userId))
		.all()
		.map((r) => r.role);
}

export interface SecondFactorStatus {
	enabled: boolean;
	/** One of the account's roles requires it. */
	required: boolean;
	/** While it is off: what the app needs, shown for scanning or typing. */
	setup: { uri: string; secretText: string } | null;
}

/**
 * What the security page shows. While the second factor is off, a secret waits for its first code; it
 * is made once and kept, so reloading the page does not invalidate what the app already scanned.
 */
export function status(db: Db, userId: string): SecondFactorStatus {
	const user = staffAccount(db, userId);
	const roles = rolesOf(db, userId);
	const required = requiredRoles(db).some((r) => roles.includes(r));
	let row = db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).get();
	if (row?.enabledAt) return { enabled: true, required, setup: null };
	if (!row) {
		db.insert(totpCredentials)
			.values({ userId, secret: Buffer.from(generateSecret()) })
			.onConflictDoNothing()
			.run();
		row = db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).get();
		if (!row) throw new NotFound('user');
	}
	const secret = new Uint8Array(row.secret);
	return {
		enabled: false,
		required,
		setup: { uri: keyUri(secret, user.username), secretText: secretText(secret) }
	};
}

/**
 * Accepts a code once: the matching time step is claimed with one conditional UPDATE, so the same code
 * sent twice (or by two requests at once) works only the first time. `enabled` picks the credential.
 */
function claimCode(db: DbOrTx, userId: string, code: string, now: Date, enabled: boolean): boolean {
	const row = db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).get();
	if (!row || (row.enabledAt !== null) !== enabled) return false;
	const step = matchStep(new Uint8Array(row.secret), code, now, row.lastCounter);
	if (step === null) return false;
	const claimed = db
		.update(totpCredentials)
		.set({ lastCounter: step, ...(enabled ? {} : { enabledAt: now }) })
		.where(
			and(
				eq(totpCredentials.userId, userId),
				enabled ? isNotNull(totpCredentials.enabledAt) : isNull(totpCredentials.enabledAt),
				or(isNull(totpCredentials.lastCounter), lt(totpCredentials.lastCounter, step))
			)
		)
		.run();
	return claimed.changes === 1;
}

/**
 * Checks a code of a turned-on second factor, without any limit: callers check it through
 * `attempt(db, codeTries(userId), …)` (sign-in's challenge, turning off).
 */
export function useCode(db: Db, userId: string, code: string, now = new Date()): boolean {
	return claimCode(db, userId, code, now, true);
}

/** Wrong authenticator codes of an account, wherever typed: a right one forgets them. */
export function codeTries(userId: string): Counter[] {
	return [{ kind: 'totp', key: userId, clearOnRight: true }];
}

/**
 * Turns the second factor on when the first code from the app is right. Wrong codes count like those
 * at sign-in (RateLimited once used up), so setting up is no way to guess either.
 */
export function enable(db: Db, userId: string, code: string, now = new Date()): void {
	staffAccount(db, userId);
	if (hasSecondFactor(db, userId)) throw new Conflict('totp_already_on');
	const on = attempt(db, codeTries(userId), () =>
		db.transaction((tx) => {
			if (!claimCode(tx, userId, code, now, false)) return false;
			auditLog.record(tx, {
				actorId: userId,
				action: 'user.totp_enable',
				targetType: 'user',
				targetId: userId
			});
			return true;
		})
	);
	if (!on) throw new Invalid('totp_code_wrong', 'code');
}

/**
 * Turns it off after the password or a current code. Not while a role requires it: the account would
 * be sent straight back to set it up.
 */
export async function disable(
	db: Db,
	userId: string,
	proof: { password?: string; code?: string },
	now = new Date()
): Promise<void> {
	const user = staffAccount(db, userId);
	if (!hasSecondFactor(db, userId)) throw new Conflict('totp_already_off');
	if (requiredRoles(db).some((r) => rolesOf(db, userId).includes(r))) throw new Forbidden('totp_required');
	// A borrowed session must not become a way to guess: a code counts with the sign-in codes, a password
	// on the account's password counter, the one sign-in uses (RateLimited once used up).
	const { code, password } = proof;
	const ok = code
		? attempt(db, codeTries(userId), () => useCode(db, userId, code, now))
		: await checkPassword(db, { key: triesKey(userId) }, () =>
				password ? verifyPassword(user.passwordHash, password) : Promise.resolve(false)
			);
	if (!ok) throw new Invalid('totp_proof_wrong', 'proof');
	db.transaction((tx) => {
		tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run();
		auditLog.record(tx, {
			actorId: userId,
			action: 'user.totp_disable',
			targetType: 'user',
			targetId: userId
		});
	});
}

/**
 * Recovery when the phone is lost: an admin removes the second factor, with a reason in the log. The
 * account's sessions end, and it sets up a new one at its next sign-in when its role requires it.
 */
export function adminReset(db: Db, actorId: string, userId: string, reason: string): void {
	staffAccount(db, userId);
	if (actorId === userId) throw new Forbidden('self');
	if (!hasSecondFactor(db, userId)) throw new Conflict('totp_already_off');
	db.transaction((tx) => {
		tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run();
		// The wrong codes typed at a lost phone's account must not hold up setting up the new one.
		clear(tx, 'totp', userId);
		invalidateUserSessions(tx, userId);
		auditLog.record(tx, { actorId, action: 'user.totp_reset', targetType: 'user', targetId: userId, reason });
	});
}

/** Active staff accounts with their roles and second-factor state, for the admin's security page. */
export function staffOverview(db: Db) {
	const required = requiredRoles(db);
	const rows = db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			enabledAt: totpCredentials.enabledAt,
			roles: sql<string>`(select group_concat(${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id})`
		})
		.from(users)
		.leftJoin(totpCredentials, eq(totpCredentials.userId, users.id))
		.where(and(eq(users.kind, 'staff'), isNull(users.deactivatedAt)))
		.orderBy(asc(sql`lower(${users.username})`))
		.all();
	return rows.map((r) => {
		const roles = (r.roles ? r.roles.split(',') : []) as Role[];
		return {
			id: r.id,
			username: r.username,
			displayName: r.displayName,
			roles,
			enabledAt: r.enabledAt,
			missing: r.enabledAt === null && roles.some((role) => required.includes(role))
		};
	});
}
