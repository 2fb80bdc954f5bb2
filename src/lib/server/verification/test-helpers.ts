// Accounts written straight into a test database: the verification tests are not about sign-up.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog, inviteCodes, userRoles, users, type Role } from '../db/schema';

export const LESABELA = '61.07.03.2001';

export function addAccount(
	db: Db,
	username: string,
	roles: Role[],
	extra: Partial<typeof users.$inferInsert> = {}
): string {
	const id = crypto.randomUUID();
	const child = roles.includes('anak') || roles.includes('forum_anak');
	db.insert(users)
		.values({
			id,
			username,
			passwordHash: 'x',
			kind: child ? 'child' : 'staff',
			...(child ? { birthYear: new Date().getFullYear() - 12, birthMonth: 1, desaCode: LESABELA } : {}),
			...extra
		})
		.run();
	if (roles.length > 0)
		db.insert(userRoles)
			.values(roles.map((role) => ({ userId: id, role })))
			.run();
	return id;
}

export const userRow = (db: Db, id: string) => db.select().from(users).where(eq(users.id, id)).get();
export const codeRow = (db: Db, id: number) =>
	db.select().from(inviteCodes).where(eq(inviteCodes.id, id)).get();
export const auditFor = (db: Db, targetType: string, id: string | number) =>
	db
		.select()
		.from(auditLog)
		.where(eq(auditLog.targetId, String(id)))
		.orderBy(auditLog.id)
		.all()
		.filter((r) => r.targetType === targetType);

export function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}
