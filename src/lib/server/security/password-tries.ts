// Slows down password guessing. Nicknames are public (they sign every idea), so wrong passwords are
// counted per account and per address (./attempts.ts: a try is reserved before argon2 runs). One counter
// per account whatever name of it was typed (nickname, username or email), at sign-in and at every
// password re-check, so typing the email once the username waits gives no new tries. A typed name that
// is no account counts on its own, with the same answers, so the limit never tells whether it exists.
// After 5 wrong passwords an account waits 15 minutes, and each further lock within a day lasts twice
// as long (at most a day): a few dozen guesses a day, far under ASVS's 100 an hour.
import type { Db, DbOrTx } from '../db/client';
import { attempt, clear, count, hold, type Counter } from './attempts';
import { RULES } from './limits';

export const MAX_PER_ACCOUNT = RULES.password.points;
// High, because a whole class signs in from one school address during a session.
export const MAX_PER_IP = RULES.password_ip.points;
export const WINDOW_MS = RULES.password.seconds * 1000;
export const FIRST_LOCK_SECONDS = 15 * 60;
export const MAX_LOCK_SECONDS = 24 * 60 * 60;

/**
 * What the wrong tries count on: the account when the typed name is one of its names, else the typed
 * name itself (trimmed, any case). The two never meet: an account's key holds its id.
 */
export function triesKey(accountId: string | null, typedName = ''): string {
	return accountId ? `account:${accountId}` : `name:${typedName.trim().toLowerCase()}`;
}

/** How long the n-th lock of an account within a day lasts. */
export function lockSeconds(lockNumber: number): number {
	return Math.min(FIRST_LOCK_SECONDS * 2 ** Math.max(0, lockNumber - 1), MAX_LOCK_SECONDS);
}

/**
 * Runs `verify` (the argon2 check) with one try reserved first on `key` and, for sign-in, the address:
 * throws RateLimited (with when to retry) while either waits, without verifying anything. A right
 * password (a truthy result) clears the account's tries and locks; the wrong one that uses up the last
 * try locks it.
 */
export async function checkPassword<T>(
	db: Db,
	who: { key: string; ip?: string },
	verify: () => Promise<T>
): Promise<T> {
	const counters: Counter[] = [{ kind: 'password', key: who.key, clearOnRight: true }];
	if (who.ip !== undefined) counters.push({ kind: 'password_ip', key: who.ip });
	const result = await attempt(db, counters, verify, ([tries]) => {
		if (tries !== undefined && tries >= MAX_PER_ACCOUNT) lock(db, who.key);
	});
	if (result) clear(db, 'password_locks', who.key);
	return result;
}

function lock(db: Db, key: string): void {
	hold(db, 'password', key, lockSeconds(count(db, 'password_locks', key)));
}

/** Ends the wait of an account (a reset code proved who it is). */
export function clearTries(db: DbOrTx, accountId: string): void {
	clear(db, 'password', triesKey(accountId));
	clear(db, 'password_locks', triesKey(accountId));
}
