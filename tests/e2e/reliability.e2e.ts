// Crash safety, graceful shutdown and request logs of the built server (`node build`), each test on
// a server and a copy of the demo database of its own (Playwright's shared server is left alone).
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { checkAfterCrash } from '../reliability/checks';
import { DEMO_PASSWORD, postAction, signIn } from '../reliability/http';
import { childLoad, readWorld, type Op } from '../reliability/load';
import {
	copyData,
	dataDir,
	jsonLines,
	seedDemo,
	startServer as start,
	type DataDir,
	type RunningServer
} from '../reliability/server';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const dirs: DataDir[] = [];
const servers: RunningServer[] = [];
let seed: DataDir;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function idea(desaCode: string, title: string) {
	const body = 'Kami ingin perpustakaan keliling datang ke desa setiap minggu supaya bisa pinjam buku.';
	return { title, body, cluster: '4', level: 'desa', desaCode };
}

async function startServer(dir: DataDir): Promise<RunningServer> {
	const server = await start(dir);
	servers.push(server);
	return server;
}

function fresh(name: string): DataDir {
	const dir = copyData(seed, name);
	dirs.push(dir);
	return dir;
}

test.beforeAll(async () => {
	test.setTimeout(120_000);
	seed = dataDir('seed');
	dirs.push(seed);
	await seedDemo(seed);
});

test.afterAll(() => {
	// A failed test may leave its server running.
	for (const { proc } of servers)
		if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
	for (const dir of dirs) fs.rmSync(dir.root, { recursive: true, force: true });
});

test('a SIGKILL amid votes and posts loses no answered write and leaves nothing half-written', async () => {
	const data = fresh('crash');
	const world = readWorld(data.db);
	const server = await startServer(data);
	const sessions = await Promise.all(world.children.map((c) => signIn(server.origin, c.login)));
	const log: Op[] = [];
	let stopped = false;
	const opts = { origin: server.origin, world, log, stopped: () => stopped, postsPerChild: 3 };
	const load = world.children.map((child, i) => childLoad(sessions[i]!, child, i, opts));

	// Kill once enough answers came back, while every child still has a request in flight.
	const deadline = Date.now() + 15_000;
	while (log.filter((o) => o.outcome === 'ok').length < 200 && Date.now() < deadline) await pause(5);
	server.proc.kill('SIGKILL');
	stopped = true;
	await Promise.all(load);
	expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });

	// The same files, a new process: SQLite replays the WAL and drops the transaction cut off.
	const again = await startServer(data);
	const report = checkAfterCrash(data.db, world, log);
	expect(report.integrity).toEqual(['ok']);
	expect(report.problems).toEqual([]);
	expect(log.filter((o) => o.outcome === 'error').map((o) => o.answer)).toEqual([]);
	expect(report.answered).toBeGreaterThanOrEqual(200);
	const posts = log.filter((o) => o.kind === 'post');
	test.info().annotations.push({
		type: 'crash',
		description: `${report.answered} writes answered before the kill (${posts.filter((o) => o.outcome === 'ok').length} posts), ${report.unanswered} in flight, ${log.filter((o) => o.outcome === 'refused').length} refused by rules`
	});
	expect(log.filter((o) => o.kind === 'post' && o.outcome === 'ok').length).toBeGreaterThan(0);
	expect(report.unanswered, 'requests were in flight at the kill').toBeGreaterThan(0);

	// And it serves again: a child signs in and posts.
	const child = world.children[0]!;
	const session = await signIn(again.origin, child.login);
	const posted = await postAction(
		again.origin,
		'/aspirasi/baru',
		idea(child.desaCode, 'Setelah restart'),
		session.cookie
	);
	expect(posted).toMatchObject({ type: 'redirect' });
	again.proc.kill('SIGTERM');
	expect(await again.exited).toEqual({ code: 0, signal: null });
});

test('SIGTERM lets the request in flight finish, refuses new connections, closes the database, exits 0', async () => {
	const data = fresh('shutdown');
	const server = await startServer(data);
	const child = readWorld(data.db).children[0]!;
	const { cookie } = await signIn(server.origin, child.login);
	const body = new URLSearchParams(idea(child.desaCode, 'Perpustakaan keliling saat berhenti')).toString();
	const half = Math.floor(body.length / 2);

	// Headers and half the form now; the rest only after SIGTERM, so the request is mid-way.
	const request = http.request(`${server.origin}/aspirasi/baru`, {
		method: 'POST',
		agent: false,
		headers: {
			origin: server.origin,
			cookie,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': Buffer.byteLength(body)
		}
	});
	const answer = new Promise<{ status?: number; text: string }>((resolve, reject) => {
		request.on('response', (res) => {
			let text = '';
			res.on('data', (c: Buffer) => (text += c.toString()));
			res.on('end', () => resolve({ status: res.statusCode, text }));
		});
		request.on('error', reject);
	});
	request.write(body.slice(0, half));
	await pause(300);
	server.proc.kill('SIGTERM');

	// What a new client sees: once the signal is handled, connections are refused. A busy machine may
	// take a while to run the handler, so this waits for the refusal (bounded), not for a fixed time.
	const port = Number(new URL(server.origin).port);
	const tryConnect = () =>
		new Promise<string>((resolve) => {
			const socket = net.connect(port, '127.0.0.1', () => {
				socket.destroy();
				resolve('connected');
			});
			socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
		});
	let refused = await tryConnect();
	for (let i = 0; i < 150 && refused === 'connected'; i++) {
		await pause(100);
		refused = await tryConnect();
	}
	// Refused outright, or accepted and reset by the closing server: either way nothing is served.
	expect(['ECONNREFUSED', 'ECONNRESET']).toContain(refused);
	expect(server.proc.exitCode, 'still running for the request in flight').toBeNull();

	request.end(body.slice(half));
	const { status, text } = await answer;
	expect(status).toBe(200);
	const result = JSON.parse(text) as { type: string; location: string };
	expect(result.type).toBe('redirect');
	expect(await server.exited).toEqual({ code: 0, signal: null });

	// Closed cleanly: the WAL was folded into the file and removed, and the idea is in it.
	expect(fs.existsSync(`${data.db}-wal`)).toBe(false);
	const db = new Database(data.db, { readonly: true });
	const id = Number(/^\/aspirasi\/(\d+)/.exec(result.location)?.[1]);
	expect(db.prepare('select title from ideas where id = ?').pluck().get(id)).toBe(
		'Perpustakaan keliling saat berhenti'
	);
	db.close();
	const lines = jsonLines(server);
	expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'shutdown', reason: 'SIGTERM', db: 'closed' });
});

test('request logs: one JSON line per request, the error id of the error page, no secret or child text', async () => {
	const server = await startServer(fresh('logs'));
	const world = readWorld(seed.db);
	const child = world.children[1]!;
	const session = await signIn(server.origin, child.login);
	const target = world.ideas.find((i) => i.authorId !== child.id)!.id;
	for (const action of ['dukung', 'batal', 'dukung', 'batal'])
		await postAction(server.origin, `/aspirasi/${target}?/${action}`, {}, session.cookie);
	const secretTitle = 'Rahasia kecil anak desa';
	await postAction(server.origin, '/aspirasi/baru', idea(child.desaCode, secretTitle), session.cookie);
	await fetch(`${server.origin}/aspirasi?q=pencarianrahasia`);
	await fetch(`${server.origin}/tidak-ada?token=tokenrahasia`);
	// A form action posted without a form: SvelteKit's 415 goes through handleError, which gives an id.
	const bad = await fetch(`${server.origin}/aspirasi/${target}?/dukung`, {
		method: 'POST',
		headers: {
			origin: server.origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			cookie: session.cookie
		}
	});
	const shownId = ((await bad.json()) as { error: { id: string } }).error.id;
	// A write from another site (here: no Origin at all) is refused before anything runs, and logged.
	// (JSON: SvelteKit itself refuses cross-site form types before any hook runs.)
	const crossSite = await fetch(`${server.origin}/bahasa`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: '{}'
	});
	expect(crossSite.status).toBe(403);
	expect(crossSite.headers.get('x-content-type-options')).toBe('nosniff');
	server.proc.kill('SIGTERM');
	await server.exited;

	const raw = server.lines.join('\n');
	for (const secret of [
		DEMO_PASSWORD,
		session.cookie.slice(session.cookie.indexOf('=') + 1),
		secretTitle,
		'perpustakaan',
		'pencarianrahasia',
		'tokenrahasia'
	])
		expect(raw.toLowerCase()).not.toContain(secret.toLowerCase());
	const lines = jsonLines(server);
	expect(server.lines.filter((l) => !l.startsWith('{'))).toEqual([expect.stringMatching(/^Listening on/)]);
	const votes = lines.filter(
		(l) => l.msg === 'request' && l.route === '/(public)/aspirasi/[id=int]' && l.method === 'POST'
	);
	expect(
		votes.map((l) => [l.action, l.status]),
		server.lines.join('\n')
	).toEqual([
		['dukung', 200],
		['batal', 200],
		['dukung', 200],
		['batal', 200],
		['dukung', 415]
	]);
	expect(votes.every((l) => typeof l.ms === 'number' && l.params === `id=${target}`)).toBe(true);
	expect(lines.find((l) => l.route === null)).toMatchObject({ path: '/tidak-ada', status: 404 });
	expect(lines.find((l) => l.msg === 'client error')).toMatchObject({
		level: 'warn',
		errorId: shownId,
		status: 415
	});
	expect(votes.at(-1)).toMatchObject({ errorId: shownId });
	expect(lines.find((l) => l.route === '/bahasa')).toMatchObject({ method: 'POST', status: 403 });
});
