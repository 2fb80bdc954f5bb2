// Slows down password guessing: nicknames are public (they sign every idea), so failed sign-ins are
// counted per login name and per address (rate limits in ../security/limits.ts, kept in SQLite). After
// 5 wrong passwords a name waits 15 minutes, and each further lock within a day lasts twice as long
// (at most a day): a few dozen guesses a day, far under ASVS's 100 an hour. The limit answers the
// same for any name, so it never tells whether an account exists.
import type { Db } from '../db/client';
import * as limits from '../security/limits';

export const MAX_PER_LOGIN = limits.RULES.signin_name.points;
// High, because a whole class signs in from one school address during a session.
export const MAX_PER_IP = limits.RULES.signin_ip.points;
export const WINDOW_MS = limits.RULES.signin_name.seconds * 1000;
export const FIRST_LOCK_SECONDS = 15 * 60;
export const MAX_LOCK_SECONDS = 24 * 60 * 60;

const key = (login: string) => login.trim().toLowerCase();

/** How long the n-th lock of a name within a day lasts. */
export function lockSeconds(lockNumber: number): number {
	return Math.min(FIRST_LOCK_SECONDS * 2 ** Math.max(0, lockNumber - 1), MAX_LOCK_SECONDS);
}

/** Throws RateLimited (with when to retry) when this name or this address has failed too often. */
export async function assertNotThrottled(db: Db, login: string, ip: string): Promise<void> {
	await limits.check(db, 'signin_name', key(login));
	await limits.check(db, 'signin_ip', ip);
}

export async function recordFailure(db: Db, login: string, ip: string): Promise<void> {
	await limits.penalise(db, 'signin_ip', ip);
	const failures = await limits.penalise(db, 'signin_name', key(login));
	if (failures >= MAX_PER_LOGIN) {
		const locks = await limits.penalise(db, 'signin_lockouts', key(login));
		await limits.hold(db, 'signin_name', key(login), lockSeconds(locks));
	}
}

/** A successful sign-in clears that name's failures and locks. */
export async function clearFailures(db: Db, login: string): Promise<void> {
	await limits.reset(db, 'signin_name', key(login));
	await limits.reset(db, 'signin_lockouts', key(login));
}
