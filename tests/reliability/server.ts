// Starts and stops the built server (`node build`) on a database of its own, for the reliability
// tests that kill it, stop it and start it again: Playwright's shared web server cannot be killed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface DataDir {
	root: string;
	db: string;
	uploads: string;
}

export interface RunningServer {
	proc: ChildProcess;
	origin: string;
	/** Every line the server wrote to stdout and stderr, as they come. */
	lines: string[];
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

export function dataDir(name: string, parent = os.tmpdir()): DataDir {
	const root = fs.mkdtempSync(path.join(parent, `suara-anak-${name}-`));
	return { root, db: path.join(root, 'suara-anak.db'), uploads: path.join(root, 'uploads') };
}

/** A fresh demo database (as `npm run demo -- --fresh` makes), seeded in a process of its own. */
export async function seedDemo(dir: DataDir): Promise<void> {
	const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/reliability/seed-demo.ts'], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_PATH: dir.db, UPLOADS_DIR: dir.uploads },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let err = '';
	proc.stderr?.on('data', (c: Buffer) => (err += c.toString()));
	const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
	if (code !== 0) throw new Error(`seeding the demo database failed: ${err}`);
}

/** A copy of a stopped server's data (database closed, so the file alone is whole). */
export function copyData(from: DataDir, name: string): DataDir {
	const to = dataDir(name);
	fs.copyFileSync(from.db, to.db);
	fs.cpSync(from.uploads, to.uploads, { recursive: true });
	return to;
}

export async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export async function startServer(dir: DataDir, env: Record<string, string> = {}): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const proc = spawn(process.execPath, ['build'], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_PATH: dir.db,
			UPLOADS_DIR: dir.uploads,
			BODY_SIZE_LIMIT: '11M',
			LOG_LEVEL: 'info',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const lines: string[] = [];
	for (const stream of [proc.stdout, proc.stderr]) {
		let rest = '';
		stream?.on('data', (chunk: Buffer) => {
			const parts = (rest + chunk.toString()).split('\n');
			rest = parts.pop() ?? '';
			lines.push(...parts.filter(Boolean));
		});
	}
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		// 'close', not 'exit': it comes after the last output line has been read.
		proc.on('close', (code, signal) => resolve({ code, signal }))
	);
	await waitForHealth(origin, exited, lines);
	return { proc, origin, lines, exited };
}

async function waitForHealth(origin: string, exited: Promise<unknown>, lines: string[]): Promise<void> {
	let dead = false;
	void exited.then(() => (dead = true));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (dead) throw new Error(`the server exited while starting:\n${lines.join('\n')}`);
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the server did not answer /healthz within 30 s:\n${lines.join('\n')}`);
}

/** Parsed JSON log lines (the server's own lines, e.g. "Listening on", are skipped). */
export function jsonLines(server: RunningServer): Record<string, unknown>[] {
	return server.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}
