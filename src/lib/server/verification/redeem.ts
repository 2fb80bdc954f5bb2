// A child types an invite code and becomes verified (allowed to vote). The code's use count is the
// contended resource, so the claim is one conditional UPDATE, never a read followed by a write.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { can } from '../auth/permissions';
import type { Db } from '../db/client';
import { inviteCodes, userRoles, users } from '../db/schema';
import { Forbidden, Invalid } from '../errors';
import { normaliseCode } from './code-format';

export type RedeemResult = 'verified' | 'already';

/** Thrown inside the transaction to roll back the claimed use when the child got verified meanwhile. */
class AlreadyVerified extends Error {}

/** The account as it is in the database now, so a fresh registration or a stale session both work. */
function childActor(db: Db, userId: string) {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user || user.deactivatedAt || user.deletedAt) return undefined;
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, userId))
		.all()
		.map((r) => r.role);
	return { ...user, roles };
}

/**
 * Verifies the child with an invite code. Any wrong, unknown, expired, revoked or used-up code gives the
 * same `verif_code_invalid`, so guessing tells nothing. An already verified child keeps their
 * verification and uses nothing up ('already'). Not a child (staff, an adult, no child role): Forbidden.
 */
export function redeem(db: Db, actor: { id: string }, input: string, now = new Date()): RedeemResult {
	const child = childActor(db, actor.id);
	if (!child || !can(child, 'child.participate', now)) throw new Forbidden('verif_not_child');
	if (child.verifiedAt) return 'already';
	const code = normaliseCode(input);
	if (!code) throw new Invalid('verif_code_invalid', 'code');
	try {
		db.transaction(
			(tx) => {
				const claim = tx
					.update(inviteCodes)
					.set({ uses: sql`${inviteCodes.uses} + 1` })
					.where(
						and(
							eq(inviteCodes.code, code),
							sql`${inviteCodes.uses} < ${inviteCodes.maxUses}`,
							isNull(inviteCodes.revokedAt),
							gt(inviteCodes.expiresAt, now)
						)
					)
					.run();
				if (claim.changes !== 1) throw new Invalid('verif_code_invalid', 'code');
				const used = tx.select().from(inviteCodes).where(eq(inviteCodes.code, code)).get();
				if (!used) throw new Invalid('verif_code_invalid', 'code');
				const done = tx
					.update(users)
					.set({
						verifiedAt: now,
						verifiedBy: used.createdBy,
						verificationMethod: 'invite',
						inviteCodeId: used.id
					})
					.where(and(eq(users.id, child.id), isNull(users.verifiedAt)))
					.run();
				if (done.changes !== 1) throw new AlreadyVerified();
				auditLog.record(tx, {
					actorId: child.id,
					action: 'user.verify',
					targetType: 'user',
					targetId: child.id,
					details: {
						method: 'invite',
						inviteCodeId: used.id,
						label: used.label,
						verifiedBy: used.createdBy
					}
				});
			},
			// Take the write lock first: another process redeeming the same code waits instead of failing.
			{ behavior: 'immediate' }
		);
	} catch (e) {
		if (e instanceof AlreadyVerified) return 'already';
		throw e;
	}
	return 'verified';
}
