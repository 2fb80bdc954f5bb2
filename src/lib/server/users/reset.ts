// One-time codes an admin gives a child who forgot their password: stored hashed, single use,
// expiring, and burnt after a few wrong tries.
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { and, eq, gt, isNull } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { hashToken, invalidateUserSessions } from '../auth/session';
import { CHILD_MIN_PASSWORD, hashPassword, MAX_PASSWORD, STAFF_MIN_PASSWORD } from '../auth/password';
import type { Db } from '../db/client';
import { passwordResetCodes, users } from '../db/schema';
import { Invalid, NotFound } from '../errors';
import { findByLogin } from './login';

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

/** Sets a new password when the code is right; every failure is the same `reset_invalid`. */
export async function resetWithCode(
	db: Db,
	input: { login: string; code: string; password: string },
	now = new Date()
): Promise<string> {
	if (input.password.length < CHILD_MIN_PASSWORD) throw new Invalid('password_short', 'password');
	if (input.password.length > MAX_PASSWORD) throw new Invalid('password_long', 'password');
	const user = findByLogin(db, input.login);
	if (!user || user.deactivatedAt) throw new Invalid('reset_invalid', 'code');
	const pending = db
		.select()
		.from(passwordResetCodes)
		.where(
			and(
				eq(passwordResetCodes.userId, user.id),
				isNull(passwordResetCodes.usedAt),
				gt(passwordResetCodes.expiresAt, now)
			)
		)
		.get();
	if (!pending) throw new Invalid('reset_invalid', 'code');
	if (pending.codeHash !== hashToken(normaliseCode(input.code))) {
		const failed = pending.failedAttempts + 1;
		db.update(passwordResetCodes)
			.set({ failedAttempts: failed, usedAt: failed >= MAX_FAILED_ATTEMPTS ? now : null })
			.where(eq(passwordResetCodes.id, pending.id))
			.run();
		throw new Invalid('reset_invalid', 'code');
	}
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
		auditLog.record(tx, {
			actorId: user.id,
			action: 'user.password_reset',
			targetType: 'user',
			targetId: user.id
		});
	});
	return user.id;
}
