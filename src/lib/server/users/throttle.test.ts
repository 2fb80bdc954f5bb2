import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { clearFailures, isThrottled, MAX_PER_IP, MAX_PER_LOGIN, recordFailure, WINDOW_MS } from './throttle';

describe('sign-in throttle', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	const now = new Date('2026-11-23T08:00:00Z');

	it('stops a name after 5 failures in 15 minutes, whatever its case, and lets it go after the window', () => {
		for (let i = 0; i < MAX_PER_LOGIN - 1; i++) recordFailure(db, 'Anak7', '10.0.0.1', now);
		expect(isThrottled(db, 'anak7', '10.0.0.9', now)).toBe(false);
		recordFailure(db, 'ANAK7', '10.0.0.2', now);
		expect(isThrottled(db, ' anak7 ', '10.0.0.9', now)).toBe(true);
		expect(isThrottled(db, 'anak7', '10.0.0.9', new Date(now.getTime() + WINDOW_MS + 1))).toBe(false);
	});

	it('answers the same for a name that has no account, so it reveals nothing', () => {
		for (let i = 0; i < MAX_PER_LOGIN; i++) recordFailure(db, 'tidak-ada-akun', '10.0.0.3', now);
		expect(isThrottled(db, 'tidak-ada-akun', '10.0.0.4', now)).toBe(true);
	});

	it('stops an address that tries many names', () => {
		for (let i = 0; i < MAX_PER_IP; i++) recordFailure(db, `nama${i}`, '10.9.9.9', now);
		expect(isThrottled(db, 'nama-baru', '10.9.9.9', now)).toBe(true);
		expect(isThrottled(db, 'nama-baru', '10.9.9.8', now)).toBe(false);
	});

	it('a successful sign-in clears the name', () => {
		for (let i = 0; i < MAX_PER_LOGIN; i++) recordFailure(db, 'anak8', '10.0.0.5', now);
		clearFailures(db, 'Anak8');
		expect(isThrottled(db, 'anak8', '10.0.0.6', now)).toBe(false);
	});
});
