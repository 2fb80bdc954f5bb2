import { describe, expect, it } from 'vitest';
import { snapshotCache } from './cache';

function setup(ttlMs = 1000) {
	let clock = 0;
	const queued: (() => void)[] = [];
	const errors: unknown[] = [];
	const cache = snapshotCache<number>({
		ttlMs,
		maxEntries: 3,
		now: () => clock,
		defer: (f) => queued.push(f),
		onError: (e) => errors.push(e)
	});
	let computed = 0;
	const compute = () => ++computed;
	return {
		cache,
		compute,
		queued,
		errors,
		tick: (ms: number) => (clock += ms),
		runQueued: () => queued.splice(0).forEach((f) => f()),
		computed: () => computed
	};
}

describe('dashboard snapshot cache', () => {
	it('computes a view once and reuses it while fresh, saying when it was computed', () => {
		const s = setup();
		s.tick(5);
		expect(s.cache.get('a', s.compute)).toEqual({ value: 1, computedAt: new Date(5) });
		s.tick(999 - 5);
		expect(s.cache.get('a', s.compute).value).toBe(1);
		expect(s.computed()).toBe(1);
		expect(s.cache.get('b', s.compute).value).toBe(2);
	});

	it('answers an expired view at once and refreshes it once, after the answer', () => {
		const s = setup();
		s.cache.get('a', s.compute);
		s.tick(1000);
		expect(s.cache.get('a', s.compute).value).toBe(1);
		expect(s.cache.get('a', s.compute).value).toBe(1);
		expect(s.queued).toHaveLength(1);
		expect(s.computed()).toBe(1);
		s.runQueued();
		expect(s.cache.get('a', s.compute)).toEqual({ value: 2, computedAt: new Date(1000) });
		expect(s.queued).toHaveLength(0);
	});

	it('keeps the old figures when a refresh fails, and tries again on a later visit', () => {
		const s = setup();
		s.cache.get('a', s.compute);
		s.tick(2000);
		s.cache.get('a', () => {
			throw new Error('database locked');
		});
		s.runQueued();
		expect(s.errors).toHaveLength(1);
		expect(s.cache.get('a', s.compute).value).toBe(1);
		s.runQueued();
		expect(s.cache.get('a', s.compute).value).toBe(2);
	});

	it('computes every time when caching is off', () => {
		const s = setup(0);
		expect(s.cache.get('a', s.compute).value).toBe(1);
		expect(s.cache.get('a', s.compute).value).toBe(2);
	});

	it('drops the least recently computed view beyond its size', () => {
		const s = setup();
		for (const k of ['a', 'b', 'c', 'd']) s.cache.get(k, s.compute);
		expect(s.computed()).toBe(4);
		s.cache.get('b', s.compute);
		expect(s.computed()).toBe(4);
		s.cache.get('a', s.compute);
		expect(s.computed()).toBe(5);
	});
});
