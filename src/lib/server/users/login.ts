import { eq, or, sql } from 'drizzle-orm';
import { dummyVerify, verifyPassword } from '../auth/password';
import type { Db } from '../db/client';
import { userRoles, users, type Role } from '../db/schema';

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

export function getById(db: Db, id: string) {
	return db.select().from(users).where(eq(users.id, id)).get();
}

export function getRoles(db: Db, id: string): Role[] {
	return db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, id))
		.all()
		.map((r) => r.role);
}
