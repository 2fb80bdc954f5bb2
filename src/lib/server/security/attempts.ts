// Tries at a guessed secret (a password, an authenticator code, a reset or an invite code). A try is
// reserved on every counter that limits it before the secret is checked, in one IMMEDIATE transaction
// that reads and writes the counters with no await in between; the check (an argon2 run, say) comes
// after. So 30 requests sent at once get at most the limit checked, as the same 30 one at a time would
// (a counter read before the slow check and written after it let every one of them through). A right
// secret gives its try back; a wrong one keeps it. Counters sit in rate_limits (key `<kind>:<key>`,
// points, expire in ms), each a window from its first try, so a restart forgets nothing.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
import { rateLimits } from '../db/schema';
import { RateLimited, RULES, sweepSometimes, type GuessKind } from './limits';

export interface Counter {
	kind: GuessKind;
	key: string;
	/** A right secret forgets this counter altogether (the account's own), instead of giving one try back. */
	clearOnRight?: true;
}

const rowKey = (c: { kind: GuessKind; key: string }) => `${c.kind}:${c.key}`;

/** One more on the counter (a fresh window when the last one ended); its count after that. */
function add(db: DbOrTx, kind: GuessKind, key: string, now: number): number {
	const live = sql`${rateLimits.expire} > ${now}`;
	return db
		.insert(rateLimits)
		.values({ key: rowKey({ kind, key }), points: 1, expire: now + RULES[kind].seconds * 1000 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				points: sql`case when ${live} then ${rateLimits.points} + 1 else 1 end`,
				expire: sql`case when ${live} then ${rateLimits.expire} else excluded.expire end`
			}
		})
		.returning({ points: rateLimits.points })
		.get().points;
}

/**
 * Reserves one try on every counter, or on none: throws RateLimited (with the longest wait) when any
 * of them has used up its limit. Returns each counter's count with this try.
 */
export function reserve(db: Db, counters: readonly Counter[], now = Date.now()): number[] {
	sweepSometimes(db);
	return db.transaction(
		(tx) => {
			let wait = 0;
			for (const c of counters) {
				const row = tx
					.select({ points: rateLimits.points, expire: rateLimits.expire })
					.from(rateLimits)
					.where(sql`${rateLimits.key} = ${rowKey(c)} and ${rateLimits.expire} > ${now}`)
					.get();
				if (row && row.expire !== null && row.points >= RULES[c.kind].points)
					wait = Math.max(wait, row.expire - now);
			}
			if (wait > 0) throw new RateLimited(wait);
			return counters.map((c) => add(tx, c.kind, c.key, now));
		},
		// Take the write lock before reading: another process reserving on the same key waits.
		{ behavior: 'immediate' }
	);
}

/** Gives the reserved try back on every counter, or forgets those marked `clearOnRight`. */
function giveBack(db: Db, counters: readonly Counter[], now = Date.now()): void {
	db.transaction((tx) => {
		for (const c of counters) {
			if (c.clearOnRight) clear(tx, c.kind, c.key);
			else
				tx.update(rateLimits)
					.set({ points: sql`max(${rateLimits.points} - 1, 0)` })
					.where(sql`${rateLimits.key} = ${rowKey(c)} and ${rateLimits.expire} > ${now}`)
					.run();
		}
	});
}

type Settled<T> = T extends Promise<infer U> ? U : T;

/**
 * The one way a guessed secret is checked: reserve a try on `counters` (RateLimited when one is used
 * up), then `check`; a truthy result is right and gives the try back, a falsy one is wrong and keeps it
 * (then `onWrong` hears each counter's count), and an error keeps it too. A synchronous check finishes
 * synchronously; an async one returns its promise.
 */
export function attempt<T>(
	db: Db,
	counters: readonly Counter[],
	check: () => T,
	onWrong?: (counts: number[]) => void
): T {
	const counts = reserve(db, counters);
	const settle = (result: Settled<T>) => {
		if (result) giveBack(db, counters);
		else onWrong?.(counts);
		return result;
	};
	const result = check();
	return (result instanceof Promise ? result.then(settle) : settle(result as Settled<T>)) as T;
}

/** Forgets a counter (a right password clears the account's locks too). */
export function clear(db: DbOrTx, kind: GuessKind, key: string): void {
	db.delete(rateLimits)
		.where(sql`${rateLimits.key} = ${rowKey({ kind, key })}`)
		.run();
}

/** Counts without a limit (how often an account was locked); the count after this one. */
export function count(db: Db, kind: GuessKind, key: string, now = Date.now()): number {
	return add(db, kind, key, now);
}

/** Holds the counter at its limit for `seconds` from now: every try until then is refused. */
export function hold(db: Db, kind: GuessKind, key: string, seconds: number, now = Date.now()): void {
	db.insert(rateLimits)
		.values({ key: rowKey({ kind, key }), points: RULES[kind].points, expire: now + seconds * 1000 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: { points: RULES[kind].points, expire: now + seconds * 1000 }
		})
		.run();
}
