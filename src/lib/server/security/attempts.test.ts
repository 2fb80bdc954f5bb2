import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/client';
import { createTestDb } from '../db/test-db';
import { attempt, clear, hold, reserve, type Counter } from './attempts';
import { RateLimited, RULES, type GuessKind } from './limits';

const t = createTestDb();
const db = t.db;
afterAll(() => t.cleanup());

const T0 = new Date('2026-11-23T08:00:00Z').getTime();
beforeEach(() => {
	// Only the clock: promises must still run.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());
const at = (ms: number) => vi.setSystemTime(T0 + ms);

let n = 0;
const fresh = (prefix = 'key') => `${prefix}-${++n}`;
const on = (kind: GuessKind, key = fresh(kind)): Counter => ({ kind, key });

/** What a try is told: right, wrong or limited. */
function told(run: () => unknown): Promise<string> {
	return Promise.resolve()
		.then(run)
		.then(
			(ok) => (ok ? 'right' : 'wrong'),
			(e: unknown) => (e instanceof RateLimited ? 'limited' : 'crash')
		);
}

const wrong = (counters: Counter[]) => told(() => attempt(db, counters, () => false));
const right = (counters: Counter[]) => told(() => attempt(db, counters, () => true));

describe('tries at a guessed secret', () => {
	it('checks the limit, refuses the next one unchecked with when to retry, and lets it go after the window', async () => {
		const c = on('totp');
		for (let i = 0; i < RULES.totp.points; i++) expect(await wrong([c])).toBe('wrong');
		at(60_000);
		const check = vi.fn(() => true);
		const e = (() => {
			try {
				attempt(db, [c], check);
			} catch (err) {
				return err;
			}
		})();
		expect(e).toBeInstanceOf(RateLimited);
		expect((e as RateLimited).retryAfterMs).toBe(RULES.totp.seconds * 1000 - 60_000);
		expect(check).not.toHaveBeenCalled();
		at(RULES.totp.seconds * 1000 + 1);
		expect(await right([c])).toBe('right');
	});

	it('checks at most the limit when many tries come at once, the right one among them', async () => {
		const c = on('password');
		let checked = 0;
		// A slow check, as argon2 is: every try is in flight before the first one is answered.
		const slow = (ok: boolean) => () =>
			new Promise<boolean>((resolve) => {
				checked++;
				setTimeout(() => resolve(ok), 5);
			});
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) => told(() => attempt(db, [c], slow(i === 17))))
		);
		expect(checked).toBe(RULES.password.points);
		expect(results.filter((r) => r === 'wrong')).toHaveLength(RULES.password.points);
		expect(results[17]).toBe('limited');
	});

	it('a right secret gives its try back; one marked clearOnRight forgets the counter', async () => {
		const address = on('password_ip');
		const account: Counter = { ...on('password'), clearOnRight: true };
		for (let i = 0; i < RULES.password.points - 1; i++) await wrong([account, address]);
		expect(await right([account, address])).toBe('right');
		expect(reserve(db, [account, address])).toEqual([1, RULES.password.points]);
	});

	it('reserves on every counter or on none: a used-up one refuses the try on all', async () => {
		const full = on('totp');
		const other = on('totp');
		for (let i = 0; i < RULES.totp.points; i++) await wrong([full]);
		expect(await right([other, full])).toBe('limited');
		expect(reserve(db, [other])).toEqual([1]);
	});

	it('an error in the check keeps the try, as a wrong secret does', async () => {
		const c = on('invite_code_account');
		const failing = () => {
			throw new Error('wrong code');
		};
		for (let i = 0; i < RULES.invite_code_account.points; i++)
			expect(await told(() => attempt(db, [c], failing))).toBe('crash');
		expect(await right([c])).toBe('limited');
	});

	it('tells a wrong try each counter’s count, and holds a counter for a given time', async () => {
		const c = on('password');
		const counts: number[][] = [];
		for (let i = 0; i < 3; i++)
			attempt(
				db,
				[c],
				() => false,
				(k) => counts.push(k)
			);
		expect(counts).toEqual([[1], [2], [3]]);
		hold(db, 'password', c.key, 3600);
		at(59 * 60_000);
		expect(await right([c])).toBe('limited');
		at(60 * 60_000 + 1);
		expect(await right([c])).toBe('right');
		clear(db, 'password', c.key);
	});

	it('keeps the counters in SQLite, so a restart (or another process) sees them', async () => {
		const c = on('totp');
		for (let i = 0; i < RULES.totp.points; i++) await wrong([c]);
		const other = openDatabase(t.file, path.resolve('drizzle'));
		try {
			expect(() => reserve(other, [c])).toThrow(RateLimited);
		} finally {
			other.$client.close();
		}
	});
});

describe('the limits on guessing fit a class session and stop a script', () => {
	// Wrong tries one child (or one school address) makes in a busy class session, within each window.
	const classSession: [GuessKind, number, string][] = [
		['invite_code_ip', 40, 'every child of a class mistyping one invite code'],
		['password_ip', 40 * 3, 'a class signing in, each child mistyping three times'],
		['reset_code_ip', 10 * 2, 'ten children of a class resetting, each mistyping the code twice']
	];

	it.each(classSession)('%s: %i wrong in one window pass (%s)', async (kind, times) => {
		expect(times).toBeLessThanOrEqual(RULES[kind].points);
		const c = on(kind);
		for (let i = 0; i < times; i++) expect(await wrong([c])).toBe('wrong');
	});

	it.each(classSession)(
		'%s: right ones give their try back, so a class never meets the limit',
		async (kind) => {
			const c = on(kind);
			for (let i = 0; i < RULES[kind].points * 2; i++) expect(await right([c])).toBe('right');
		}
	);

	it.each(classSession)('%s: a script going on is stopped', async (kind) => {
		const c = on(kind);
		for (let i = 0; i < RULES[kind].points; i++) await wrong([c]);
		expect(await right([c])).toBe('limited');
	});
});
