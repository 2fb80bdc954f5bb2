import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/client';
import { createTestDb } from '../db/test-db';
import { consume, prune, RateLimited, RULES, type FloodKind } from './limits';

const t = createTestDb();
const db = t.db;
afterAll(() => t.cleanup());

const T0 = new Date('2026-11-23T08:00:00Z');
beforeEach(() => {
	// Only the clock: the library's promises must still run.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

let n = 0;
const fresh = (prefix = 'key') => `${prefix}-${++n}`;

async function refusal(run: () => Promise<unknown>): Promise<RateLimited> {
	try {
		await run();
	} catch (e) {
		if (e instanceof RateLimited) return e;
		throw e;
	}
	throw new Error('expected RateLimited');
}

async function consumeTimes(kind: FloodKind, key: string, times: number) {
	for (let i = 0; i < times; i++) await consume(db, kind, key);
}

describe('rate limits', () => {
	it('lets the limit through, refuses the next one with when to retry, and lets it go after the window', async () => {
		const key = fresh();
		await consumeTimes('vote', key, RULES.vote.points);
		vi.setSystemTime(new Date(T0.getTime() + 60_000));
		const e = await refusal(() => consume(db, 'vote', key));
		expect(e.code).toBe('rate_limited');
		// The window started at T0: nine minutes of the ten are left.
		expect(e.retryAfterMs).toBe(RULES.vote.seconds * 1000 - 60_000);
		expect(e.retryAfterMinutes).toBe(9);
		vi.setSystemTime(new Date(T0.getTime() + RULES.vote.seconds * 1000 + 1));
		await expect(consume(db, 'vote', key)).resolves.toBeUndefined();
	});

	it('counts each key and each kind apart', async () => {
		const key = fresh();
		await consumeTimes('report', key, RULES.report.points);
		await expect(consume(db, 'report', fresh())).resolves.toBeUndefined();
		await expect(consume(db, 'vote', key)).resolves.toBeUndefined();
		await expect(consume(db, 'report', key)).rejects.toBeInstanceOf(RateLimited);
	});

	it('keeps the counters in SQLite, so a restart (a new connection) does not reset them', async () => {
		const key = fresh();
		await consumeTimes('register', key, RULES.register.points);
		const restarted = openDatabase(t.file, path.resolve('drizzle'));
		try {
			await expect(consume(restarted, 'register', key)).rejects.toBeInstanceOf(RateLimited);
		} finally {
			restarted.$client.close();
		}
	});

	it('remembers an over-limit key in memory, so a flood is refused without the database', async () => {
		const key = fresh();
		await consumeTimes('register', key, RULES.register.points);
		await expect(consume(db, 'register', key)).rejects.toBeInstanceOf(RateLimited);
		db.$client.prepare('DELETE FROM rate_limits WHERE key = ?').run(`register:${key}`);
		await expect(consume(db, 'register', key)).rejects.toBeInstanceOf(RateLimited);
	});

	it('counts posting, voting and reporting in memory: no write on the busiest path', async () => {
		const key = fresh();
		for (const kind of ['idea', 'vote', 'report'] as const) await consume(db, kind, key);
		const rows = db.$client.prepare('SELECT count(*) AS n FROM rate_limits WHERE key LIKE ?').get(`%:${key}`);
		expect(rows).toEqual({ n: 0 });
	});

	it('prunes counters whose window ended over an hour ago, and keeps the rest', async () => {
		const old = fresh();
		await consume(db, 'register', old);
		vi.setSystemTime(new Date(T0.getTime() + 3 * 3600_000));
		const recent = fresh();
		await consume(db, 'register', recent);
		expect(prune(db)).toBeGreaterThanOrEqual(1);
		const keys = db.$client.prepare('SELECT key FROM rate_limits').all() as { key: string }[];
		expect(keys.map((k) => k.key)).toContain(`register:${recent}`);
		expect(keys.map((k) => k.key)).not.toContain(`register:${old}`);
	});

	it('says at least one minute, and whole minutes rounded up', () => {
		expect(new RateLimited(0).retryAfterMinutes).toBe(1);
		expect(new RateLimited(61_000).retryAfterMinutes).toBe(2);
		expect(new RateLimited(1_500).retryAfterSeconds).toBe(2);
	});
});

describe('the limits fit a class session and stop a script', () => {
	// What one child (or one school address) does in a busy class session, within each window. The
	// limits on guessed secrets are in attempts.test.ts.
	const classSession: [FloodKind, number, string][] = [
		['register', 40 * 2, 'a class of 40 registering from one school address, each trying twice'],
		['idea', 4, 'a Forum Anak member posting the ideas of a group session'],
		['vote', 5 + 2 * 5, 'a child placing five votes and moving each of them once'],
		['report', 3, 'a child reporting three posts']
	];

	it.each(classSession)('%s: %i in one window passes (%s)', async (kind, times) => {
		expect(times).toBeLessThanOrEqual(RULES[kind].points);
		const key = fresh(kind);
		await expect(consumeTimes(kind, key, times)).resolves.toBeUndefined();
	});

	it.each(classSession)('%s: a script going on is stopped', async (kind) => {
		const key = fresh(kind);
		await consumeTimes(kind, key, RULES[kind].points);
		await expect(consume(db, kind, key)).rejects.toBeInstanceOf(RateLimited);
	});
});
