// The step between a right password and a session, for accounts with a second factor. The challenge
// is not a session: its token sits in a cookie only /masuk reads, so it opens nothing but the code form.
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signInChallenges, users } from '../db/schema';
import { Invalid } from '../errors';
import { attempt } from '../security/attempts';
import { codeTries, useCode } from './second-factor';
import { generateSessionToken, hashToken } from './session';

/** Time to open the app and type the code. */
export const CHALLENGE_LIFETIME = 10 * 60 * 1000;
/** Wrong codes before the password must be typed again (the per-account limit counts them too). */
export const MAX_CHALLENGE_ATTEMPTS = 5;

export function startChallenge(db: Db, userId: string, now = new Date()) {
	const token = generateSessionToken();
	const expiresAt = new Date(now.getTime() + CHALLENGE_LIFETIME);
	// Challenges nobody finished are of no use: keep the table small.
	db.delete(signInChallenges).where(lte(signInChallenges.expiresAt, now)).run();
	db.insert(signInChallenges)
		.values({ id: hashToken(token), userId, expiresAt, createdAt: now })
		.run();
	return { token, expiresAt };
}

function find(db: Db, token: string, now: Date) {
	return db
		.select({ challenge: signInChallenges, deactivatedAt: users.deactivatedAt })
		.from(signInChallenges)
		.innerJoin(users, eq(users.id, signInChallenges.userId))
		.where(and(eq(signInChallenges.id, hashToken(token)), gt(signInChallenges.expiresAt, now)))
		.get();
}

/** Whether the cookie's challenge still waits for a code (the code page shows only then). */
export function isPending(db: Db, token: string, now = new Date()): boolean {
	const row = find(db, token, now);
	return !!row && !row.deactivatedAt;
}

/**
 * The account id when the code is right; the challenge is then used up. A wrong code counts against
 * the challenge and the account (RateLimited once the account's are used up); `totp_challenge_gone`
 * means: sign in with the password again. Nothing here awaits, so one process checks one code at a time.
 */
export function completeChallenge(db: Db, token: string, code: string, now = new Date()): string {
	const row = find(db, token, now);
	if (!row || row.deactivatedAt) throw new Invalid('totp_challenge_gone');
	const { id, userId } = row.challenge;
	if (!attempt(db, codeTries(userId), () => useCode(db, userId, code, now))) {
		const burnt = db
			.update(signInChallenges)
			.set({ failedAttempts: sql`${signInChallenges.failedAttempts} + 1` })
			.where(eq(signInChallenges.id, id))
			.returning({ failed: signInChallenges.failedAttempts })
			.get();
		if (!burnt || burnt.failed >= MAX_CHALLENGE_ATTEMPTS) {
			db.delete(signInChallenges).where(eq(signInChallenges.id, id)).run();
			throw new Invalid('totp_challenge_gone');
		}
		throw new Invalid('totp_code_wrong', 'code');
	}
	// Two requests with one challenge: only the one that deletes it goes on.
	const claimed = db.delete(signInChallenges).where(eq(signInChallenges.id, id)).run();
	if (claimed.changes !== 1) throw new Invalid('totp_challenge_gone');
	return userId;
}

/** Forgets the challenge (the person goes back to the password form). */
export function cancelChallenge(db: Db, token: string): void {
	db.delete(signInChallenges)
		.where(eq(signInChallenges.id, hashToken(token)))
		.run();
}
