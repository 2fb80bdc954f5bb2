// One-time codes an admin gives a child who forgot their password: stored hashed, single use,
// expiring, and burnt after a few wrong tries. Like every guessed secret, a try is reserved before the
// code is compared: on the address (../security/attempts.ts) and on the code itself, whose tries last as
// long as the code does, so they are counted on its row by one conditional UPDATE.
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { hashToken, invalidateUserSessions } from '../auth/session';
import { CHILD_MIN_PASSWORD, hashPassword, MAX_PASSWORD, STAFF_MIN_PASSWORD } from '../auth/password';
import type { Db } from '../db/client';
import { passwordResetCodes, users } from '../db/schema';
import { Invalid, NotFound } from '../errors';
import { attempt } from '../security/attempts';
import { clearTries } from '../security/password-tries';
import { findByLogin } from './sign-in';

export const MAX_FAILED_ATTEMPTS = 5;

/** 10 characters from an alphabet without look-alikes, shown as ABCDE-FGHJK. */
export function generateResetCode(): string {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	const raw = encodeBase32UpperCaseNoPadding(bytes).slice(0, 10);
	return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

function normaliseCode(code: string): string {
	const c = code.toUpperCase().replace(/[^A-Z2-7]/g, '');
	return `${c.slice(0, 5)}-${c.slice(5)}`;
}

export function issueResetCode(
	db: Db,
	actorId: string,
	userId: string,
	hours: number,
	reason: string | null = null,
	now = new Date()
): string {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) throw new NotFound('user');
	const code = generateResetCode();
	db.transaction((tx) => {
		// Only the newest code works.
		tx.update(passwordResetCodes)
			.set({ usedAt: now })
			.where(and(eq(passwordResetCodes.userId, userId), isNull(passwordResetCodes.usedAt)))
			.run();
		tx.insert(passwordResetCodes)
			.values({
				userId,
				codeHash: hashToken(normaliseCode(code)),
				expiresAt: new Date(now.getTime() + hours * 3600_000),
				createdBy: actorId
			})
			.run();
		auditLog.record(tx, { actorId, action: 'user.reset_code', targetType: 'user', targetId: userId, reason });
	});
	return code;
}

type Pending = typeof passwordResetCodes.$inferSelect;

/**
 * The account's waiting code when `typed` is it. One try is reserved on the code before comparing (at
 * most MAX_FAILED_ATTEMPTS are ever compared, however many requests come at once); the last wrong one
 * burns the code, a right one gives its try back.
 */
function matchingCode(db: Db, userId: string, typed: string, now: Date): Pending | null {
	// Only the newest code is ever waiting (issueResetCode ends the others).
	const waiting = db
		.select({ id: passwordResetCodes.id })
		.from(passwordResetCodes)
		.where(
			and(
				eq(passwordResetCodes.userId, userId),
				isNull(passwordResetCodes.usedAt),
				gt(passwordResetCodes.expiresAt, now)
			)
		)
		.get();
	if (!waiting) return null;
	const reserved = db
		.update(passwordResetCodes)
		.set({ failedAttempts: sql`${passwordResetCodes.failedAttempts} + 1` })
		.where(
			and(
				eq(passwordResetCodes.id, waiting.id),
				isNull(passwordResetCodes.usedAt),
				lt(passwordResetCodes.failedAttempts, MAX_FAILED_ATTEMPTS)
			)
		)
		.returning()
		.get();
	if (!reserved) return null;
	if (reserved.codeHash === hashToken(normaliseCode(typed))) {
		db.update(passwordResetCodes)
			.set({ failedAttempts: sql`${passwordResetCodes.failedAttempts} - 1` })
			.where(eq(passwordResetCodes.id, reserved.id))
			.run();
		return { ...reserved, failedAttempts: reserved.failedAttempts - 1 };
	}
	if (reserved.failedAttempts >= MAX_FAILED_ATTEMPTS)
		db.update(passwordResetCodes).set({ usedAt: now }).where(eq(passwordResetCodes.id, reserved.id)).run();
	return null;
}

/**
 * Sets a new password when the code is right; every failure is the same `reset_invalid`, and
 * RateLimited when the address has tried too many wrong codes. A reset also ends the account's wait
 * for wrong passwords: the code proved who it is.
 */
export async function resetWithCode(
	db: Db,
	input: { login: string; code: string; password: string; ip: string },
	now = new Date()
): Promise<string> {
	if (input.password.length < CHILD_MIN_PASSWORD) throw new Invalid('password_short', 'password');
	if (input.password.length > MAX_PASSWORD) throw new Invalid('password_long', 'password');
	const user = findByLogin(db, input.login);
	const pending = attempt(db, [{ kind: 'reset_code_ip', key: input.ip }], () =>
		user && !user.deactivatedAt ? matchingCode(db, user.id, input.code, now) : null
	);
	if (!user || !pending) throw new Invalid('reset_invalid', 'code');
	// Staff keep their longer minimum (checked only once the code matched, so it reveals nothing).
	if (user.kind === 'staff' && input.password.length < STAFF_MIN_PASSWORD)
		throw new Invalid('staff_password_short', 'password');
	const passwordHash = await hashPassword(input.password);
	db.transaction((tx) => {
		// Two requests with one code: only the first to mark it used goes on.
		const claimed = tx
			.update(passwordResetCodes)
			.set({ usedAt: now })
			.where(and(eq(passwordResetCodes.id, pending.id), isNull(passwordResetCodes.usedAt)))
			.run();
		if (claimed.changes !== 1) throw new Invalid('reset_invalid', 'code');
		tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
		invalidateUserSessions(tx, user.id);
		clearTries(tx, user.id);
		auditLog.record(tx, {
			actorId: user.id,
			action: 'user.password_reset',
			targetType: 'user',
			targetId: user.id
		});
	});
	return user.id;
}
