import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../db/test-db';
import { RateLimited } from '../security/limits';
import {
	assertNotThrottled,
	clearFailures,
	lockSeconds,
	MAX_LOCK_SECONDS,
	MAX_PER_IP,
	MAX_PER_LOGIN,
	recordFailure,
	WINDOW_MS
} from './throttle';

describe('sign-in throttle', () => {
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

	const throttled = (login: string, ip: string) =>
		assertNotThrottled(db, login, ip).then(
			() => false,
			(e) => {
				if (e instanceof RateLimited) return true;
				throw e;
			}
		);

	async function fail(login: string, ip: string, times: number) {
		for (let i = 0; i < times; i++) await recordFailure(db, login, ip);
	}

	it('stops a name after 5 failures in 15 minutes, whatever its case, and lets it go after the wait', async () => {
		await fail('Anak7', '10.0.0.1', MAX_PER_LOGIN - 1);
		expect(await throttled('anak7', '10.0.0.9')).toBe(false);
		await recordFailure(db, 'ANAK7', '10.0.0.2');
		expect(await throttled(' anak7 ', '10.0.0.9')).toBe(true);
		at(WINDOW_MS + 1);
		expect(await throttled('anak7', '10.0.0.9')).toBe(false);
	});

	it('says how long to wait', async () => {
		await fail('anak9', '10.0.0.1', MAX_PER_LOGIN);
		at(5 * 60_000);
		const e = await assertNotThrottled(db, 'anak9', '10.0.0.1').catch((err: unknown) => err);
		expect(e).toBeInstanceOf(RateLimited);
		expect((e as RateLimited).retryAfterMinutes).toBe(10);
	});

	it('answers the same for a name that has no account, so it reveals nothing', async () => {
		await fail('tidak-ada-akun', '10.0.0.3', MAX_PER_LOGIN);
		expect(await throttled('tidak-ada-akun', '10.0.0.4')).toBe(true);
	});

	it('stops an address that tries many names, and only that address', async () => {
		for (let i = 0; i < MAX_PER_IP; i++) await recordFailure(db, `nama${i}`, '10.9.9.9');
		expect(await throttled('nama-baru', '10.9.9.9')).toBe(true);
		expect(await throttled('nama-baru', '10.9.9.8')).toBe(false);
	});

	it('a successful sign-in clears the name', async () => {
		await fail('anak8', '10.0.0.5', MAX_PER_LOGIN);
		await clearFailures(db, 'Anak8');
		expect(await throttled('anak8', '10.0.0.6')).toBe(false);
	});

	it('makes each further wait twice as long, up to a day', async () => {
		expect([1, 2, 3, 4].map(lockSeconds)).toEqual([900, 1800, 3600, 7200]);
		expect(lockSeconds(20)).toBe(MAX_LOCK_SECONDS);

		await fail('tebak', '10.0.1.1', MAX_PER_LOGIN);
		at(15 * 60_000 - 1);
		expect(await throttled('tebak', '10.0.1.1')).toBe(true);
		at(15 * 60_000 + 1);
		expect(await throttled('tebak', '10.0.1.1')).toBe(false);
		// The second lock: 30 minutes.
		await fail('tebak', '10.0.1.1', MAX_PER_LOGIN);
		at(15 * 60_000 + 30 * 60_000 - 1000);
		expect(await throttled('tebak', '10.0.1.1')).toBe(true);
		at(15 * 60_000 + 30 * 60_000 + 1000);
		expect(await throttled('tebak', '10.0.1.1')).toBe(false);
	});

	it('lets far fewer than 100 wrong passwords an hour through for one account (ASVS)', async () => {
		// A patient script guessing as fast as the throttle lets it, for a day.
		let tries = 0;
		let clock = 0;
		const perHour = new Map<number, number>();
		while (clock < 24 * 3600_000) {
			at(clock);
			if (await throttled('korban', `10.1.${tries % 250}.1`)) {
				clock += 60_000;
				continue;
			}
			await recordFailure(db, 'korban', `10.1.${tries % 250}.1`);
			const hour = Math.floor(clock / 3600_000);
			perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
			tries++;
			clock += 1000;
		}
		// The first hour holds three rounds of five (locks of 15 and 30 minutes), later hours fewer.
		expect(Math.max(...perHour.values())).toBe(3 * MAX_PER_LOGIN);
		// Locks of 15, 30, 60… minutes: seven rounds fit in a day.
		expect(tries).toBe(7 * MAX_PER_LOGIN);
	});
});
