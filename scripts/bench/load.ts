// One load test with autocannon's programmatic API. Latencies are recorded per response (autocannon's
// own summary has no p95), and only answers with the expected status count as served.
import autocannon from 'autocannon';

export interface LoadRequest {
	method: 'GET' | 'POST';
	path: string;
	headers?: Record<string, string>;
	body?: string;
	/** Rewrites the request each time it is sent; `context` lives until the connection's loop starts over. */
	setupRequest?: (request: LoadRequest, context: Record<string, number>) => LoadRequest;
}

export interface LoadOptions {
	name: string;
	origin: string;
	connections: number;
	durationSec: number;
	/** What every connection sends, in a loop. */
	requests: LoadRequest[];
	/** What a served answer looks like (200 unless told). */
	expectStatus?: number;
}

export interface LoadResult {
	name: string;
	path: string;
	connections: number;
	durationSec: number;
	requests: number;
	/** Answers with the expected status per second. */
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	/** Answers with another status, by status. */
	unexpected: Record<string, number>;
	errors: number;
	timeouts: number;
	bytesPerResponse: number;
	/** Median latency with one connection (set by the bench for the app's scenarios). */
	aloneMs?: number;
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, i)]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function load(opts: LoadOptions): Promise<LoadResult> {
	const expected = opts.expectStatus ?? 200;
	const latencies: number[] = [];
	const unexpected: Record<string, number> = {};
	let bytes = 0;
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url: opts.origin,
				connections: opts.connections,
				duration: opts.durationSec,
				requests: opts.requests as autocannon.Request[]
			},
			(error, done) => (error ? reject(error) : resolve(done))
		);
		instance.on('response', (_client, status, resBytes, responseTime) => {
			if (status === expected) {
				latencies.push(responseTime);
				bytes += resBytes;
			} else unexpected[status] = (unexpected[status] ?? 0) + 1;
		});
	});
	// autocannon's own measure of how long the load ran, in seconds.
	const seconds = result.duration || opts.durationSec;
	latencies.sort((a, b) => a - b);
	return {
		name: opts.name,
		path: opts.requests.map((r) => `${r.method} ${r.path}`).join(' + '),
		connections: opts.connections,
		durationSec: opts.durationSec,
		requests: latencies.length,
		rps: round(latencies.length / seconds),
		p50: round(percentile(latencies, 50)),
		p95: round(percentile(latencies, 95)),
		p99: round(percentile(latencies, 99)),
		max: round(latencies.at(-1) ?? Number.NaN),
		unexpected,
		errors: result.errors,
		timeouts: result.timeouts,
		bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0
	};
}
