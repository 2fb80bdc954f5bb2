// Starting the built server (`node build`, as `npm start` does) on a free port with a database of our
// own, and signing children in the way the app does: a random token in the cookie, its SHA-256 stored.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createSession, generateSessionToken, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import type { Db } from '../../src/lib/server/db/client';
import { buildIsStale } from '../build-if-needed';

/** Builds unless the build is newer than the sources (or the caller points at another build). */
export function ensureBuilt(buildDir: string): void {
	if (buildDir !== 'build') return;
	if (!buildIsStale(process.cwd())) return;
	console.log('Building Suara Anak…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) throw new Error('build failed');
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

export interface Server {
	origin: string;
	process: ChildProcess;
	stop: () => Promise<void>;
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			const res = await fetch(`${origin}/healthz`);
			if (res.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`server did not answer ${origin}/healthz in ${timeoutMs} ms`);
}

/** Starts `node <buildDir>` against the database; its output goes to `logFile` (one line per request). */
export async function startServer(opts: {
	buildDir: string;
	databasePath: string;
	uploadsDir: string;
	logFile: string;
}): Promise<Server> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const log = fs.openSync(opts.logFile, 'a');
	// BENCH_PROFILE=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome's
	// DevTools or speedscope) to see where a request's time goes.
	const profile = process.env.BENCH_PROFILE
		? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
		: [];
	const child = spawn(process.execPath, [...profile, path.resolve(opts.buildDir)], {
		stdio: ['ignore', log, log],
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_PATH: opts.databasePath,
			UPLOADS_DIR: opts.uploadsDir,
			BODY_SIZE_LIMIT: '11M',
			NODE_ENV: 'production'
		}
	});
	try {
		await waitForHealth(origin, child, 60_000);
	} catch (e) {
		child.kill('SIGKILL');
		throw e;
	}
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
			child.once('exit', () => {
				clearTimeout(force);
				fs.closeSync(log);
				resolve();
			});
			child.kill('SIGTERM');
		});
	return { origin, process: child, stop };
}

/** Signs the users in with createSession() itself (one session row each); returns their cookies. */
export function signIn(db: Db, userIds: string[], now = new Date()): string[] {
	return db.transaction(() =>
		userIds.map((userId) => {
			const token = generateSessionToken();
			createSession(db, token, userId, now);
			return `${SESSION_COOKIE}=${token}`;
		})
	);
}
