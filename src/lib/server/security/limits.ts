// Rate limits on what a script could repeat: registering, trying invite codes, signing in, posting,
// voting, reporting. One table of numbers (RULES) and two ways of counting:
// - guessed secrets (passwords, authenticator, reset and invite codes; `guess: true`) go through
//   ./attempts.ts: a try is reserved before the secret is checked, so requests sent at once get no more
//   checks than the same requests one at a time. Their counters are in SQLite (table rate_limits).
// - everything else is counted with rate-limiter-flexible (`consume`): registering in SQLite, so a
//   restart does not reset it, and a key over its limit is remembered in memory until its window ends,
//   so a flood is refused without touching the database; posting, voting and reporting in memory only
//   (no extra write on the busiest path, and a restart only forgets a few minutes of counting).
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
	/** Counts tries at a secret: reserved with ./attempts.ts before checking, never with `consume`. */
	guess?: true;
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
	invite_code_ip: { points: 50, seconds: HOUR, guess: true },
	invite_code_account: { points: 10, seconds: HOUR, guess: true },
	/** Ideas per account: writing one takes minutes; the daily cap of 10 stays in the ideas module. */
	idea: { points: 6, seconds: 15 * MINUTE, memory: true },
	/** Supporting and withdrawing, together, per account: a child has 5 votes to place and move. */
	vote: { points: 30, seconds: 10 * MINUTE, memory: true },
	/** Reports per account. */
	report: { points: 10, seconds: HOUR, memory: true },
	/**
	 * Wrong passwords per account, whatever name of it was typed (or per typed name that is no account),
	 * at sign-in and at every password re-check; the wait grows, see ./password-tries.ts.
	 */
	password: { points: 5, seconds: 15 * MINUTE, guess: true },
	/** Wrong passwords per address: high, because a whole class signs in from one school address. */
	password_ip: { points: 200, seconds: 15 * MINUTE, guess: true },
	/** How often an account was locked within a day: each lock lasts twice as long as the one before. */
	password_locks: { points: 1_000, seconds: 24 * HOUR, guess: true },
	/** Wrong authenticator codes per account (signing in, setting up, turning off). */
	totp: { points: 5, seconds: 15 * MINUTE, guess: true },
	/** Wrong reset codes per address (each code also burns after 5 wrong tries, see users/reset.ts). */
	reset_code_ip: { points: 50, seconds: HOUR, guess: true }
} as const satisfies Record<string, Rule>;

export type LimitKind = keyof typeof RULES;
/** The kinds counted by ./attempts.ts. */
export type GuessKind = {
	[K in LimitKind]: (typeof RULES)[K] extends { guess: true } ? K : never;
}[LimitKind];
/** The kinds counted with `consume`. */
export type FloodKind = Exclude<LimitKind, GuessKind>;

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
// one go. Expired rows are swept every PRUNE_EVERY counts (consumed or reserved).
interface Limiters {
	byKind: Map<FloodKind, Limiter>;
	counts: number;
}
const limiters = perDatabase((): Limiters => ({ byKind: new Map(), counts: 0 }));
const PRUNE_EVERY = 1_000;

function limiter(db: Db, kind: FloodKind): Limiter {
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

/** Counts towards the next sweep of expired counters, and sweeps when it is due. */
export function sweepSometimes(db: Db): void {
	if (++limiters(db).counts % PRUNE_EVERY === 0) prune(db);
}

/** Counts one more for the key; throws RateLimited when that goes over the limit. */
export async function consume(db: Db, kind: FloodKind, key: string): Promise<void> {
	sweepSometimes(db);
	try {
		await limiter(db, kind).consume(key);
	} catch (e) {
		if (e instanceof RateLimiterRes) throw new RateLimited(e.msBeforeNext);
		throw e;
	}
}

/** Deletes counters whose window ended more than an hour ago. */
export function prune(db: Db, now = Date.now()): number {
	return db
		.delete(rateLimits)
		.where(lt(rateLimits.expire, now - 3_600_000))
		.run().changes;
}
