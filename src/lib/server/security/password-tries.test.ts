import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../db/test-db';
import { RateLimited } from './limits';
import {
	checkPassword,
	clearTries,
	lockSeconds,
	MAX_LOCK_SECONDS,
	MAX_PER_ACCOUNT,
	MAX_PER_IP,
	triesKey,
	WINDOW_MS
} from './password-tries';

describe('password tries', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	const T0 = new Date('2026-11-23T08:00:00Z').getTime();
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(T0);
	});
	afterEach(() => vi.useRealTimers());
	const at = (ms: number) => vi.setSystemTime(T0 + ms);

	// A verifier standing in for argon2, counting how often it ran.
	let verified = 0;
	const answer = (ok: boolean) => () => {
		verified++;
		return Promise.resolve(ok);
	};
	const tryPassword = (key: string, ip: string | undefined, ok: boolean) =>
		checkPassword(db, { key, ip }, answer(ok)).then(
			(r) => (r ? 'right' : 'wrong'),
			(e: unknown) => {
				if (e instanceof RateLimited) return 'limited';
				throw e;
			}
		);
	const throttled = async (key: string, ip?: string) => {
		const before = verified;
		const result = await tryPassword(key, ip, false);
		if (result === 'limited') expect(verified).toBe(before);
		return result === 'limited';
	};
	async function fail(key: string, ip: string | undefined, times: number) {
		for (let i = 0; i < times; i++) expect(await tryPassword(key, ip, false)).toBe('wrong');
	}

	it('counts every name of an account on one key, and typed names that are no account apart', () => {
		expect(triesKey('id-1', 'admin')).toBe(triesKey('id-1', 'admin@dinas.test'));
		expect(triesKey('id-1')).toBe(triesKey('id-1', 'Admin'));
		expect(triesKey(null, ' Anak7 ')).toBe(triesKey(null, 'anak7'));
		expect(triesKey(null, 'anak7')).not.toBe(triesKey(null, 'anak8'));
		// A typed name never shares a counter with an account, whatever it is.
		expect(triesKey(null, 'account:id-1')).not.toBe(triesKey('id-1'));
	});

	it('stops an account after 5 wrong passwords in 15 minutes, without verifying, and lets it go after the wait', async () => {
		const key = triesKey('anak-7');
		await fail(key, '10.0.0.1', MAX_PER_ACCOUNT - 1);
		await fail(key, '10.0.0.2', 1);
		const before = verified;
		expect(await tryPassword(key, '10.0.0.9', true)).toBe('limited');
		expect(verified).toBe(before);
		at(WINDOW_MS + 1);
		expect(await tryPassword(key, '10.0.0.9', true)).toBe('right');
	});

	it('says how long to wait', async () => {
		const key = triesKey('anak-9');
		await fail(key, '10.0.0.1', MAX_PER_ACCOUNT);
		at(5 * 60_000);
		const e = await checkPassword(db, { key, ip: '10.0.0.1' }, answer(true)).catch((err: unknown) => err);
		expect(e).toBeInstanceOf(RateLimited);
		expect((e as RateLimited).retryAfterMinutes).toBe(10);
	});

	it('answers the same for a name that has no account, so it reveals nothing', async () => {
		const key = triesKey(null, 'tidak-ada-akun');
		await fail(key, '10.0.0.3', MAX_PER_ACCOUNT);
		expect(await throttled(key, '10.0.0.4')).toBe(true);
	});

	it('stops an address that tries many names, and only that address', async () => {
		for (let i = 0; i < MAX_PER_IP; i++) await fail(triesKey(null, `nama${i}`), '10.9.9.9', 1);
		expect(await throttled(triesKey(null, 'nama-baru'), '10.9.9.9')).toBe(true);
		expect(await throttled(triesKey(null, 'nama-baru'), '10.9.9.8')).toBe(false);
	});

	it('a re-check without an address counts on the account alone', async () => {
		const key = triesKey('staf-1');
		await fail(key, undefined, MAX_PER_ACCOUNT - 1);
		await fail(key, '10.0.0.7', 1);
		expect(await throttled(key)).toBe(true);
		expect(await throttled(key, '10.0.0.8')).toBe(true);
	});

	it('a right password clears the account, and so does a reset', async () => {
		const key = triesKey('anak-8');
		await fail(key, '10.0.0.5', MAX_PER_ACCOUNT - 1);
		expect(await tryPassword(key, '10.0.0.5', true)).toBe('right');
		await fail(key, '10.0.0.5', MAX_PER_ACCOUNT);
		expect(await throttled(key, '10.0.0.6')).toBe(true);
		clearTries(db, 'anak-8');
		expect(await throttled(key, '10.0.0.6')).toBe(false);
	});

	it('a right password gives the address its try back: a class signing in never meets the limit', async () => {
		for (let i = 0; i < MAX_PER_IP * 2; i++)
			expect(await tryPassword(triesKey(`kelas-${i}`), '10.8.8.8', true)).toBe('right');
		expect(await throttled(triesKey('kelas-baru'), '10.8.8.8')).toBe(false);
	});

	it('makes each further wait twice as long, up to a day', async () => {
		expect([1, 2, 3, 4].map(lockSeconds)).toEqual([900, 1800, 3600, 7200]);
		expect(lockSeconds(20)).toBe(MAX_LOCK_SECONDS);

		const key = triesKey(null, 'tebak');
		await fail(key, '10.0.1.1', MAX_PER_ACCOUNT);
		at(15 * 60_000 - 1);
		expect(await throttled(key, '10.0.1.1')).toBe(true);
		at(15 * 60_000 + 1);
		// The second lock: 30 minutes from its fifth wrong password.
		await fail(key, '10.0.1.1', MAX_PER_ACCOUNT);
		at(15 * 60_000 + 30 * 60_000 - 1000);
		expect(await throttled(key, '10.0.1.1')).toBe(true);
		at(15 * 60_000 + 30 * 60_000 + 1000);
		expect(await throttled(key, '10.0.1.1')).toBe(false);
	});

	it('lets far fewer than 100 wrong passwords an hour through for one account (ASVS)', async () => {
		// A patient script guessing as fast as the limit lets it, for a day.
		const key = triesKey('korban');
		let tries = 0;
		let clock = 0;
		const perHour = new Map<number, number>();
		while (clock < 24 * 3600_000) {
			at(clock);
			const result = await tryPassword(key, `10.1.${tries % 250}.1`, false);
			if (result === 'limited') {
				clock += 60_000;
				continue;
			}
			const hour = Math.floor(clock / 3600_000);
			perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
			tries++;
			clock += 1000;
		}
		// The first hour holds three rounds of five (locks of 15 and 30 minutes), later hours fewer.
		expect(Math.max(...perHour.values())).toBe(3 * MAX_PER_ACCOUNT);
		// Locks of 15, 30, 60… minutes: seven rounds fit in a day.
		expect(tries).toBe(7 * MAX_PER_ACCOUNT);
	});
});
