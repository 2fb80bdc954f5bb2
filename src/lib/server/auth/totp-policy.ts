// Which staff roles must use the second factor. An admin chooses; a staff member of such a role
// without an authenticator set up is sent to set one up before anything else (see guard.ts).
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import { totpCredentials, totpRequiredRoles, type Role } from '../db/schema';
import { Invalid } from '../errors';
import { STAFF_ROLES } from './permissions';

export function requiredRoles(db: Db): Role[] {
	return db
		.select({ role: totpRequiredRoles.role })
		.from(totpRequiredRoles)
		.all()
		.map((r) => r.role);
}

/** Replaces the set of roles that must use the second factor; only staff roles can be chosen. */
export function setRequiredRoles(db: Db, actorId: string, roles: readonly Role[]): void {
	if (roles.some((r) => !STAFF_ROLES.includes(r))) throw new Invalid('totp_role_not_staff', 'roles');
	const wanted = [...new Set(roles)].sort();
	db.transaction((tx) => {
		const before = tx
			.select({ role: totpRequiredRoles.role })
			.from(totpRequiredRoles)
			.all()
			.map((r) => r.role)
			.sort();
		if (before.join() === wanted.join()) return;
		tx.delete(totpRequiredRoles).run();
		if (wanted.length)
			tx.insert(totpRequiredRoles)
				.values(wanted.map((role) => ({ role, requiredBy: actorId })))
				.run();
		auditLog.record(tx, {
			actorId,
			action: 'security.totp_required',
			targetType: 'role',
			details: { before, after: wanted }
		});
	});
}

export function hasSecondFactor(db: Db, userId: string): boolean {
	return !!db
		.select({ userId: totpCredentials.userId })
		.from(totpCredentials)
		.where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.enabledAt)))
		.get();
}

/** True when one of these roles requires the second factor and the account has none yet. */
export function mustSetUp(db: Db, userId: string, roles: readonly Role[]): boolean {
	if (roles.length === 0) return false;
	const required = db
		.select({ role: totpRequiredRoles.role })
		.from(totpRequiredRoles)
		.where(inArray(totpRequiredRoles.role, [...roles]))
		.get();
	return !!required && !hasSecondFactor(db, userId);
}
