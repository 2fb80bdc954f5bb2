// Signing in: the throttle, the password, then either a session or, for an account with a second
// factor, a challenge that waits for the authenticator code.
import { eq, or, sql } from 'drizzle-orm';
import { startChallenge } from '../auth/challenge';
import { dummyVerify, verifyPassword } from '../auth/password';
import { hasSecondFactor } from '../auth/second-factor';
import { mustSetUp } from '../auth/totp-policy';
import type { Db } from '../db/client';
import { userRoles, users, type Role } from '../db/schema';
import { Invalid } from '../errors';
import { checkPassword, triesKey } from '../security/password-tries';

export function findByLogin(db: Db, identifier: string) {
	const id = identifier.trim();
	return db
		.select()
		.from(users)
		.where(or(sql`lower(${users.username}) = lower(${id})`, sql`lower(${users.email}) = lower(${id})`))
		.get();
}

type Account = NonNullable<ReturnType<typeof findByLogin>>;

/**
 * The user id when the password is the account's and the account is active, else null. Every failure
 * looks and takes the same (an unknown name is verified against a fixed hash), so it does not tell
 * whether the account exists.
 */
export async function verifyLogin(user: Account | undefined, password: string): Promise<string | null> {
	if (!user) return dummyVerify(password).then(() => null);
	const ok = await verifyPassword(user.passwordHash, password);
	if (!ok || user.deactivatedAt) return null;
	return user.id;
}

/** verifyLogin for a nickname/username/email, without any limit (signIn adds the limits). */
export function authenticate(db: Db, identifier: string, password: string): Promise<string | null> {
	return verifyLogin(findByLogin(db, identifier), password);
}

export function getRoles(db: Db, id: string): Role[] {
	return db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, id))
		.all()
		.map((r) => r.role);
}

export type SignInOutcome =
	| { next: 'session'; userId: string }
	/** A role requires the second factor and the account has none: set it up first. */
	| { next: 'setup'; userId: string }
	/** The password was right; the authenticator code comes next. */
	| { next: 'code'; userId: string; challenge: { token: string; expiresAt: Date } };

/**
 * Throws RateLimited while the account (or the typed name, when it is none) or the address waits, and
 * `login_failed` for any wrong name, password or inactive account alike.
 */
export async function signIn(
	db: Db,
	input: { login: string; password: string; ip: string },
	now = new Date()
): Promise<SignInOutcome> {
	const account = findByLogin(db, input.login);
	const userId = await checkPassword(
		db,
		{ key: triesKey(account?.id ?? null, input.login), ip: input.ip },
		() => verifyLogin(account, input.password)
	);
	if (!userId) throw new Invalid('login_failed', 'login');
	if (hasSecondFactor(db, userId))
		return { next: 'code', userId, challenge: startChallenge(db, userId, now) };
	return { next: mustSetUp(db, userId, getRoles(db, userId)) ? 'setup' : 'session', userId };
}
