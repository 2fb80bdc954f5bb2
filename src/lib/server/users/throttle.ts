// Slows down password guessing: nicknames are public (they sign every idea), so failed sign-ins are
// counted per login name and per address over a window. The limit answers the same for any name,
// so it never tells whether an account exists.
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginFailures } from '../db/schema';

export const WINDOW_MS = 15 * 60_000;
export const MAX_PER_LOGIN = 5;
// High, because a whole class signs in from one school address during a session.
export const MAX_PER_IP = 200;

const key = (login: string) => login.trim().toLowerCase();

/** True when this name or this address has failed too often within the window. */
export function isThrottled(db: Db, login: string, ip: string, now = new Date()): boolean {
	const since = new Date(now.getTime() - WINDOW_MS);
	const byLogin =
		db
			.select({ n: count() })
			.from(loginFailures)
			.where(and(eq(loginFailures.login, key(login)), gt(loginFailures.at, since)))
			.get()?.n ?? 0;
	if (byLogin >= MAX_PER_LOGIN) return true;
	const byIp =
		db
			.select({ n: count() })
			.from(loginFailures)
			.where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)))
			.get()?.n ?? 0;
	return byIp >= MAX_PER_IP;
}

export function recordFailure(db: Db, login: string, ip: string, now = new Date()): void {
	db.transaction((tx) => {
		tx.insert(loginFailures)
			.values({ login: key(login), ip, at: now })
			.run();
		// Old rows are of no use: keep the table small.
		tx.delete(loginFailures)
			.where(lt(loginFailures.at, new Date(now.getTime() - WINDOW_MS)))
			.run();
	});
}

/** A successful sign-in clears that name's failures. */
export function clearFailures(db: Db, login: string): void {
	db.delete(loginFailures)
		.where(eq(loginFailures.login, key(login)))
		.run();
}
