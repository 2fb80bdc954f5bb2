// Rate limits on what a script could repeat: registering, trying invite codes, signing in, posting,
// voting, reporting (rate-limiter-flexible). Limits against guessing (passwords, codes) and sign-ups
// keep their counters in SQLite (table rate_limits), so a restart does not reset them, and a key over
// its limit is also remembered in memory until its window ends, so a flood is refused without touching
// the database. Posting, voting and reporting count in memory: no extra write on the busiest path, and
// a restart only forgets a few minutes of counting.
import { RateLimiterMemory, RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import { lt } from 'drizzle-orm';
import { perDatabase, type Db } from '../db/client';
import { rateLimits } from '../db/schema';
import { DomainError } from '../errors';

export interface Rule {
	/** How many within the window. */
	points: number;
	/** The window, in seconds, counted from the first one. */
	seconds: number;
	/** Counted in this process's memory only (the others in SQLite). */
	memory?: true;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Generous enough that a child in a class session never meets them (a whole class shares one school
 * address), tight enough to stop a script.
 */
export const RULES = {
	/** Registration attempts per address: a class of 40 registers in one session, some twice. */
	register: { points: 100, seconds: HOUR },
	/** Wrong invite codes per address (a class mistypes too), and per account. */
	invite_code_ip: { points: 50, seconds: HOUR },
	invite_code_account: { points: 10, seconds: HOUR },
	/** Ideas per account: writing one takes minutes; the daily cap of 10 stays in the ideas module. */
	idea: { points: 6, seconds: 15 * MINUTE, memory: true },
	/** Supporting and withdrawing, together, per account: a child has 5 votes to place and move. */
	vote: { points: 30, seconds: 10 * MINUTE, memory: true },
	/** Reports per account. */
	report: { points: 10, seconds: HOUR, memory: true },
	/** Wrong passwords per login name (nicknames are public); the wait grows, see users/throttle.ts. */
	signin_name: { points: 5, seconds: 15 * MINUTE },
	/** Wrong passwords per address: high, because a whole class signs in from one school address. */
	signin_ip: { points: 200, seconds: 15 * MINUTE },
	/** How often a name was locked within a day: each lock lasts twice as long as the one before. */
	signin_lockouts: { points: 1_000, seconds: 24 * HOUR },
	/** Wrong authenticator codes per account. */
	totp: { points: 5, seconds: 15 * MINUTE }
} as const satisfies Record<string, Rule>;

export type LimitKind = keyof typeof RULES;

/** The limit is reached: try again after `retryAfterMs`. */
export class RateLimited extends DomainError {
	constructor(readonly retryAfterMs: number) {
		super('rate_limited');
	}

	/** Whole minutes to wait, at least one: what the message tells a person. */
	get retryAfterMinutes(): number {
		return Math.max(1, Math.ceil(this.retryAfterMs / 60_000));
	}

	/** For a Retry-After header. */
	get retryAfterSeconds(): number {
		return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
	}
}

type Limiter = RateLimiterSQLite | RateLimiterMemory;

// One limiter per database and kind, so each test database counts apart and a WeakMap lets a closed
// one go. Expired rows are swept every PRUNE_EVERY consumes.
interface Limiters {
	byKind: Map<LimitKind, Limiter>;
	consumes: number;
}
const limiters = perDatabase((): Limiters => ({ byKind: new Map(), consumes: 0 }));
const PRUNE_EVERY = 1_000;

export function limiter(db: Db, kind: LimitKind): Limiter {
	const entry = limiters(db);
	let found = entry.byKind.get(kind);
	if (!found) {
		const rule: Rule = RULES[kind];
		const options = { keyPrefix: kind, points: rule.points, duration: rule.seconds };
		found = rule.memory
			? new RateLimiterMemory(options)
			: new RateLimiterSQLite({
					...options,
					storeClient: db.$client,
					storeType: 'better-sqlite3',
					tableName: 'rate_limits',
					// The migration made the table; the library must not (nor start its own cleanup timer).
					tableCreated: true,
					inMemoryBlockOnConsumed: rule.points + 1
				});
		entry.byKind.set(kind, found);
	}
	return found;
}

function refusal(e: unknown): RateLimited {
	if (e instanceof RateLimiterRes) return new RateLimited(e.msBeforeNext);
	throw e;
}

/** Counts one more for the key; throws RateLimited when that goes over the limit. */
export async function consume(db: Db, kind: LimitKind, key: string): Promise<void> {
	const entry = limiters(db);
	if (++entry.consumes % PRUNE_EVERY === 0) prune(db);
	try {
		await limiter(db, kind).consume(key);
	} catch (e) {
		throw refusal(e);
	}
}

/** Throws RateLimited when the key has used up its limit, without counting anything. */
export async function check(db: Db, kind: LimitKind, key: string): Promise<void> {
	const res = await limiter(db, kind).get(key);
	if (res && res.consumedPoints >= RULES[kind].points) throw new RateLimited(res.msBeforeNext);
}

/** Counts a failure without refusing: for limits that count only what went wrong (wrong codes). */
export async function penalise(db: Db, kind: LimitKind, key: string): Promise<number> {
	const res = await limiter(db, kind).penalty(key);
	return res.consumedPoints;
}

/** Holds the key over its limit for the given time. */
export async function hold(db: Db, kind: LimitKind, key: string, seconds: number): Promise<void> {
	await limiter(db, kind).block(key, seconds);
}

/** Forgets the key (a successful sign-in clears its name). */
export async function reset(db: Db, kind: LimitKind, key: string): Promise<void> {
	await limiter(db, kind).delete(key);
}

/** Deletes counters whose window ended more than an hour ago. */
export function prune(db: Db, now = Date.now()): number {
	return db
		.delete(rateLimits)
		.where(lt(rateLimits.expire, now - 3_600_000))
		.run().changes;
}
