import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDb } from './db/test-db';
import { checkHealth } from './health';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('checkHealth', () => {
	it('is true when the database answers', () => {
		const { db, cleanup } = createTestDb();
		try {
			expect(checkHealth(() => db)).toBe(true);
		} finally {
			cleanup();
		}
	});

	it('is false and logs when opening the database throws', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const ok = checkHealth(() => {
			throw new Error('SQLITE_CANTOPEN');
		});
		expect(ok).toBe(false);
		expect(log).toHaveBeenCalledOnce();
	});

	it('is false when the database has been closed', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const { db, cleanup } = createTestDb();
		db.$client.close();
		try {
			expect(checkHealth(() => db)).toBe(false);
			expect(log).toHaveBeenCalledOnce();
		} finally {
			cleanup();
		}
	});
});
