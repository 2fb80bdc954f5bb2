import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { createTestDb } from '../db/test-db';
import { recentTotal } from './read';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

describe('the total under the idea list', () => {
	it('reuses a large total for two seconds, then counts again', () => {
		let counted = 0;
		const count = () => (counted++, 5000 + counted);
		expect(recentTotal(db, 'k', count, 0)).toBe(5001);
		expect(recentTotal(db, 'k', count, 1999)).toBe(5001);
		expect(recentTotal(db, 'other', count, 1999)).toBe(5002);
		expect(recentTotal(db, 'k', count, 2000)).toBe(5003);
	});

	it('always counts a small total, so a new idea shows at once', () => {
		let n = 10;
		expect(recentTotal(db, 'k', () => n, 0)).toBe(10);
		n = 11;
		expect(recentTotal(db, 'k', () => n, 1)).toBe(11);
	});
});
