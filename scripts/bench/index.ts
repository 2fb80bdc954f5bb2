// npm run bench: the large data set in a temporary database, the built server on it, autocannon against
// the busiest pages and votes, and the floor (a bare node:http server sending a page of the same size).
// Environment: BENCH_SCALE (1 = 100,000 ideas; 0.02 for a quick try), BENCH_DURATION (seconds per
// scenario, 10), BENCH_CONNECTIONS (50), BENCH_ONLY (scenario names, comma-separated), BENCH_DIR (keep
// and reuse the seeded database there), BENCH_BUILD_DIR (another build than build/), BENCH_STRICT=1
// (exit 1 when a goal is missed), BENCH_PROFILE (a folder: the server's CPU profile is written there).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { load, type LoadResult } from './load';
import { goals, machine, table, write, type BenchReport } from './report';
import { seedLarge, type Seeded } from './seed';
import { ensureBuilt, freePort, signIn, startServer } from './server';
import { voteScenarios, checkVotes } from './votes';

function envNumber(name: string, fallback: number): number {
	const n = Number(process.env[name]);
	return process.env[name] && Number.isFinite(n) && n > 0 ? n : fallback;
}

const scale = envNumber('BENCH_SCALE', 1);
const durationSec = envNumber('BENCH_DURATION', 10);
const connections = Math.round(envNumber('BENCH_CONNECTIONS', 50));
const buildDir = process.env.BENCH_BUILD_DIR ?? 'build';
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const keepDir = process.env.BENCH_DIR ? path.resolve(process.env.BENCH_DIR) : null;
const dir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'suara-bench-'));
const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));
const notes: string[] = [];
const startedAt = new Date().toISOString();
const startMachine = machine();
if (startMachine.loadAverageAtStart[0]! > 0.5)
	notes.push(
		`load average ${startMachine.loadAverageAtStart[0]} at start: other work was running, figures are low`
	);

ensureBuilt(buildDir);
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, 'bench.db');
const infoFile = path.join(dir, 'seeded.json');
const migrations = path.resolve('drizzle');
let seedSeconds = 0;
let seeded: Seeded;
if (keepDir && fs.existsSync(infoFile)) {
	seeded = JSON.parse(fs.readFileSync(infoFile, 'utf8')) as Seeded;
	console.log(`Reusing the data set in ${dir}`);
} else {
	const t = performance.now();
	const seedDb = openDatabase(dbFile, migrations);
	console.log(`Creating the data set (scale ${scale}) in ${dbFile}…`);
	seeded = await seedLarge(seedDb, scale);
	seedDb.$client.close();
	seedSeconds = Math.round((performance.now() - t) / 100) / 10;
	fs.writeFileSync(infoFile, JSON.stringify(seeded));
	console.log(`${JSON.stringify(seeded.sizes)} in ${seedSeconds} s`);
}
const db = openDatabase(dbFile, migrations);
// Many children, each voting a few times: a real load, and far from any one account's limits.
const voters = seeded.voters;
const cookies = signIn(
	db,
	voters.map((v) => v.userId)
);

const server = await startServer({
	buildDir,
	databasePath: dbFile,
	uploadsDir: path.join(dir, 'uploads'),
	logFile: path.join(dir, 'server.log')
});
// The app listens on IPv4; the Origin header still names the configured ORIGIN.
const target = server.origin.replace('localhost', '127.0.0.1');
const results: LoadResult[] = [];

async function run(
	name: string,
	opts: Omit<Parameters<typeof load>[0], 'name' | 'origin' | 'connections' | 'durationSec'>
) {
	if (!wanted(name)) return;
	const base = { origin: target, connections, ...opts };
	// One request at a time first: what a request costs with nobody else waiting.
	const alone = await load({ ...base, name, connections: 1, durationSec: 2 });
	// A short unmeasured run first: the JIT, SQLite's page cache and the connections warm up.
	await load({ ...base, name, durationSec: Math.min(3, durationSec) });
	const result = { ...(await load({ ...base, name, durationSec })), aloneMs: alone.p50 };
	results.push(result);
	if (result.requests === 0)
		notes.push(
			`${name}: no answer came back within ${durationSec} s at ${connections} connections (one alone takes ${alone.p50} ms)`
		);
	console.log(`${name}: ${result.rps} req/s, p95 ${result.p95} ms`);
}

const pages: [string, string][] = [
	['home', '/'],
	['aspirasi', '/aspirasi'],
	[
		'aspirasi (filtered + searched)',
		`/aspirasi?${new URLSearchParams({ kecamatan: seeded.search.kecamatan, klaster: String(seeded.search.cluster), q: seeded.search.q, urut: 'terbaru' })}`
	],
	['idea page', `/aspirasi/${seeded.topIdeaId}`]
];
let listPage: Buffer | null = null;
try {
	for (const [name, p] of pages) {
		const res = await fetch(target + p);
		const body = Buffer.from(await res.arrayBuffer());
		if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
		if (name === 'aspirasi') listPage = body;
		await run(name, { requests: [{ method: 'GET', path: p }] });
	}
	// The same list for a signed-in child: never from the page cache, so this is the cost of rendering it.
	await run('aspirasi (signed in, rendered each time)', {
		requests: [{ method: 'GET', path: '/aspirasi', headers: { cookie: cookies[0]! } }]
	});
	for (const scenario of voteScenarios({ origin: server.origin, target, voters, cookies, db }))
		if (wanted(scenario.name)) {
			const problem = await scenario.check();
			if (problem) notes.push(`${scenario.name} skipped: ${problem}`);
			else await run(scenario.name, { requests: scenario.requests });
		}
	if (wanted('votes')) notes.push(...checkVotes(db, voters));
	// The first view computes the figures (later views reuse them for DASHBOARD_CACHE_SECONDS).
	const computing = performance.now();
	const dasbor = await fetch(`${target}/dasbor`);
	await dasbor.arrayBuffer();
	notes.push(`/dasbor first view, figures computed: ${Math.round(performance.now() - computing)} ms`);
	if (dasbor.status === 200) await run('dasbor', { requests: [{ method: 'GET', path: '/dasbor' }] });
	else notes.push(`/dasbor skipped: it answered ${dasbor.status}`);
} finally {
	await server.stop();
	db.$client.close();
}

// The floor, with the app stopped: the same bytes as /aspirasi from a bare node:http server.
let floor: LoadResult | null = null;
if (listPage && wanted('floor')) {
	const file = path.join(dir, 'floor.html');
	fs.writeFileSync(file, listPage);
	const port = await freePort();
	const child = spawn(
		process.execPath,
		['--import', 'tsx', path.resolve('scripts/bench/floor-server.ts'), file, String(port)],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
	const base = {
		origin: `http://127.0.0.1:${port}`,
		connections,
		requests: [{ method: 'GET' as const, path: '/aspirasi' }]
	};
	await load({ ...base, name: 'floor', durationSec: Math.min(3, durationSec) });
	floor = await load({ ...base, name: `floor (node:http, ${listPage.length} bytes)`, durationSec });
	child.kill('SIGTERM');
}

const report: BenchReport = {
	startedAt,
	machine: startMachine,
	scale,
	sizes: seeded.sizes,
	seedSeconds,
	connections,
	durationSec,
	results,
	floor,
	goals: goals(results, floor),
	notes
};
console.log(`\n${table(floor ? [...results, floor] : results, floor)}\n`);
for (const g of report.goals) console.log(`${g.pass ? 'PASS' : 'FAIL'}  ${g.goal}: ${g.measured}`);
for (const n of notes) console.log(`note: ${n}`);
console.log(
	`\nResults written to ${path.relative(process.cwd(), await write(report))} and bench/results/latest.json`
);
if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
if (process.env.BENCH_STRICT === '1' && report.goals.some((g) => !g.pass)) process.exit(1);
