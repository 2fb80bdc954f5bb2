// Signing in: the throttle, the password, then either a session or, for an account with a second
// factor, a challenge that waits for the authenticator code.
import { startChallenge } from '../auth/challenge';
import { hasSecondFactor } from '../auth/second-factor';
import { mustSetUp } from '../auth/totp-policy';
import type { Db } from '../db/client';
import { Invalid } from '../errors';
import { checkPassword, triesKey } from '../security/password-tries';
import { findByLogin, getRoles, verifyLogin } from './login';

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
