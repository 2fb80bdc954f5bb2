// The public dashboard is a report, not a live counter: at the benchmark's size (100,000 ideas, a million
// votes) one view takes about a second to compute, and the page is the one leaders and the public open
// most. So each view (cycle × kecamatan) is kept for a few minutes (DASHBOARD_CACHE_SECONDS) and shows
// when it was computed. An expired view is still answered at once while a fresh copy is computed right
// after (stale-while-revalidate, one refresh per view at a time), so no visitor waits for the SQL.
export interface Snapshot<T> {
	value: T;
	computedAt: Date;
}

export interface SnapshotCacheOptions {
	/** 0: no caching, every call computes. */
	ttlMs: number;
	/** Oldest views are dropped beyond this many (cycles × kecamatan stays far below it). */
	maxEntries?: number;
	now?: () => number;
	/** Runs the refresh of an expired view; by default after the current answer has been sent. */
	defer?: (refresh: () => void) => void;
	onError?: (error: unknown) => void;
}

export interface SnapshotCache<T> {
	get(key: string, compute: () => T): Snapshot<T>;
	clear(): void;
}

export function snapshotCache<T>(options: SnapshotCacheOptions): SnapshotCache<T> {
	const { ttlMs, maxEntries = 256, now = Date.now } = options;
	const defer = options.defer ?? ((refresh) => setImmediate(refresh));
	const entries = new Map<string, Snapshot<T>>();
	const refreshing = new Set<string>();

	const store = (key: string, value: T): Snapshot<T> => {
		const snapshot = { value, computedAt: new Date(now()) };
		entries.delete(key);
		entries.set(key, snapshot);
		if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
		return snapshot;
	};

	return {
		get(key, compute) {
			if (ttlMs <= 0) return { value: compute(), computedAt: new Date(now()) };
			const hit = entries.get(key);
			if (!hit) return store(key, compute());
			if (now() - hit.computedAt.getTime() >= ttlMs && !refreshing.has(key)) {
				refreshing.add(key);
				defer(() => {
					try {
						store(key, compute());
					} catch (e) {
						// The old figures stay; the next visit after this one tries again.
						options.onError?.(e);
					} finally {
						refreshing.delete(key);
					}
				});
			}
			return hit;
		},
		clear() {
			entries.clear();
		}
	};
}
