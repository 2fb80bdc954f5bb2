// Backups taken while other processes keep voting are whole snapshots, and restore puts one back
// only after checking it, never over a database in use.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { createTestDb } from '../db/test-db';
import * as regions from '../regions';
import { addChild, addCycle, addIdea, NOW } from '../votes/test-helpers';
import {
	BackupError,
	checkBackup,
	createBackup,
	listBackups,
	restoreBackup,
	type BackupResult
} from './index';

const MIGRATIONS = path.resolve('drizzle');
const WRITER = path.resolve('src/lib/server/backup/load-writer.ts');
const BUDGET = 3;

const { db, file, cleanup } = createTestDb();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-anak-backup-'));
const uploadsDir = path.join(root, 'uploads');
const backupDir = path.join(root, 'backups');
const photo = () => `${crypto.randomUUID().replaceAll('-', '')}.webp`;

const backups: BackupResult[] = [];
/** Per backup: the source's last vote id just before, in the copy, and just after. */
const moments: { before: number; copy: number; after: number }[] = [];
let written: { changes: number; photos: number }[] = [];

function startWriter(job: object): {
	proc: ChildProcessWithoutNullStreams;
	ready: Promise<void>;
	out: Promise<string>;
} {
	const proc = spawn(process.execPath, ['--import', 'tsx', WRITER, file, MIGRATIONS, JSON.stringify(job)]);
	let out = '';
	let err = '';
	let onReady = () => {};
	const ready = new Promise<void>((resolve) => (onReady = resolve));
	proc.stdout.on('data', (c: Buffer) => {
		out += c.toString();
		if (out.startsWith('ready\n')) onReady();
	});
	proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
	const done = new Promise<string>((resolve, reject) =>
		proc.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer failed: ${err}`))))
	);
	return { proc, ready, out: done };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest vote's id: it only grows, so it dates a snapshot even as votes come and go. */
function lastVoteId(f: string): number {
	const conn = new Database(f, { readonly: true });
	try {
		return (conn.prepare('select coalesce(max(id), 0) from votes').pluck().get() as number) ?? 0;
	} finally {
		conn.close();
	}
}

/** Counts that must agree in any consistent snapshot: stored vote counts, and the budget. */
function inconsistencies(dbFile: string) {
	const snap = new Database(dbFile, { readonly: true });
	try {
		const drifted = snap
			.prepare(
				'select id from ideas where vote_count <> (select count(*) from votes v where v.idea_id = ideas.id)'
			)
			.all();
		const overspent = snap
			.prepare('select user_id from votes group by user_id, cycle_id having count(*) > ?')
			.all(BUDGET);
		return { drifted, overspent, votes: snap.prepare('select count(*) from votes').pluck().get() as number };
	} finally {
		snap.close();
	}
}

beforeAll(async () => {
	regions.ensureShipped(db);
	const cycleId = addCycle(db, { voteBudget: BUDGET });
	const author = addChild(db);
	const ideaIds = Array.from({ length: 12 }, () => addIdea(db, author.id, cycleId));
	const actors = Array.from({ length: 16 }, () => addChild(db));
	fs.mkdirSync(uploadsDir, { recursive: true });
	for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(uploadsDir, photo()), 'x'.repeat(100));
	// Two processes write as fast as they can while three backups are taken.
	const writers = [0, 1].map(() =>
		startWriter({ actors: actors.slice(0, 8), ideaIds, now: NOW.getTime(), photosDir: uploadsDir })
	);
	await Promise.all(writers.map((w) => w.ready));
	while (lastVoteId(file) < 20) await pause(20);
	for (let i = 0; i < 3; i++) {
		const before = lastVoteId(file);
		const backup = createBackup({
			databasePath: file,
			uploadsDir,
			backupDir,
			migrationsDir: MIGRATIONS,
			keep: 2,
			now: new Date(Date.UTC(2026, 10, 23, 2, 0, i))
		});
		const after = lastVoteId(file);
		backups.push(backup);
		moments.push({ before, copy: lastVoteId(path.join(backup.dir, 'suara-anak.db')), after });
		await pause(150);
	}
	for (const w of writers) w.proc.stdin.write('stop\n');
	written = (await Promise.all(writers.map((w) => w.out))).map((o) => JSON.parse(o.split('\n')[1] ?? '{}'));
}, 60_000);

afterAll(() => {
	cleanup();
	fs.rmSync(root, { recursive: true, force: true });
});

describe('npm run backup under write load', () => {
	it('took its copies while the writers were committing', () => {
		expect(written.every((w) => w.changes > 0 && w.photos > 0)).toBe(true);
		for (const m of moments) {
			expect(m.copy).toBeGreaterThanOrEqual(m.before);
			expect(m.copy).toBeLessThanOrEqual(m.after);
		}
		// Writes went on during the copies, not only between them.
		expect(moments.some((m) => m.after > m.before)).toBe(true);
	});

	it('gives whole snapshots: integrity ok, vote counts agree with the votes, no budget overspent', () => {
		for (const b of backups.slice(1)) {
			const copy = path.join(b.dir, 'suara-anak.db');
			expect(checkBackup(b.dir, MIGRATIONS).check.missingPhotos).toEqual([]);
			expect(inconsistencies(copy)).toMatchObject({ drifted: [], overspent: [] });
		}
	});

	it('names backups by UTC time and keeps the newest two', () => {
		expect(listBackups(backupDir)).toEqual(['suara-anak-20261123T020001Z', 'suara-anak-20261123T020002Z']);
		expect(nth(2).removed).toEqual(['suara-anak-20261123T020000Z']);
		expect(fs.readdirSync(backupDir).filter((n) => n.startsWith('.tmp'))).toEqual([]);
	});

	it('copies the photos, sharing unchanged ones with the previous backup', () => {
		const [second, third] = [nth(1), nth(2)];
		expect(third.photos.linked).toBeGreaterThanOrEqual(3);
		const name = String(fs.readdirSync(path.join(second.dir, 'uploads'))[0]);
		const ino = (dir: string) => fs.statSync(path.join(dir, 'uploads', name)).ino;
		expect(ino(third.dir)).toBe(ino(second.dir));
		expect(third.manifest.photos).toBe(fs.readdirSync(path.join(third.dir, 'uploads')).length);
	});
});

describe('npm run restore', () => {
	const target = path.join(root, 'restored', 'suara-anak.db');
	const targetUploads = path.join(root, 'restored', 'uploads');

	it('puts a backup back and keeps what was there aside', () => {
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.copyFileSync(nth(1).dir + '/suara-anak.db', target);
		fs.mkdirSync(targetUploads);
		fs.writeFileSync(path.join(targetUploads, 'old.webp'), 'old');
		const now = new Date(Date.UTC(2026, 10, 23, 3, 0, 0));
		const result = restoreBackup({
			source: nth(2).dir,
			databasePath: target,
			uploadsDir: targetUploads,
			migrationsDir: MIGRATIONS,
			now
		});
		expect(result.previousDatabase).toBe(`${target}.before-restore-20261123T030000Z`);
		expect(fs.existsSync(path.join(`${targetUploads}.before-restore-20261123T030000Z`, 'old.webp'))).toBe(
			true
		);
		expect(fs.readdirSync(targetUploads).sort()).toEqual(
			fs.readdirSync(path.join(nth(2).dir, 'uploads')).sort()
		);
		// The server opens (and migrates) it as usual, and it holds what the backup held.
		const restored = openDatabase(target, MIGRATIONS);
		restored.$client.close();
		expect(inconsistencies(target)).toEqual(inconsistencies(path.join(nth(2).dir, 'suara-anak.db')));
	});

	it('refuses while the database is open elsewhere (the server), and changes nothing', () => {
		const server = openDatabase(target, MIGRATIONS);
		try {
			const before = fs.statSync(target).mtimeMs;
			const e = thrownBy(() =>
				restoreBackup({
					source: nth(1).dir,
					databasePath: target,
					uploadsDir: targetUploads,
					migrationsDir: MIGRATIONS
				})
			);
			expect(e).toMatchObject({ code: 'in_use' });
			expect(fs.statSync(target).mtimeMs).toBe(before);
		} finally {
			server.$client.close();
		}
	});

	it('refuses a file that is not a database, a damaged one, a foreign one, a newer one and a changed one', () => {
		const bad = path.join(root, 'bad');
		fs.mkdirSync(bad);
		const refusal = (source: string) => thrownBy(() => checkBackup(source, MIGRATIONS));

		fs.writeFileSync(path.join(bad, 'text.db'), 'not a database at all, just words '.repeat(200));
		expect(refusal(path.join(bad, 'text.db'))).toMatchObject({ code: 'unreadable' });

		const damaged = path.join(bad, 'damaged.db');
		fs.copyFileSync(path.join(nth(2).dir, 'suara-anak.db'), damaged);
		const bytes = fs.readFileSync(damaged);
		bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 3000);
		fs.writeFileSync(damaged, bytes);
		expect(refusal(damaged)).toMatchObject({ code: 'corrupt' });

		const foreign = new Database(path.join(bad, 'foreign.db'));
		foreign.exec('create table notes (id integer primary key, text text)');
		foreign.close();
		expect(refusal(path.join(bad, 'foreign.db'))).toMatchObject({ code: 'not_suara_anak' });

		const newer = path.join(bad, 'newer.db');
		fs.copyFileSync(path.join(nth(2).dir, 'suara-anak.db'), newer);
		const n = new Database(newer);
		n.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run(
			'f'.repeat(64),
			Date.now()
		);
		n.close();
		expect(refusal(newer)).toMatchObject({ code: 'newer_version' });

		const changed = path.join(root, 'changed');
		fs.cpSync(nth(2).dir, changed, { recursive: true });
		const c = new Database(path.join(changed, 'suara-anak.db'));
		c.exec('delete from votes');
		c.close();
		expect(refusal(changed)).toMatchObject({ code: 'checksum' });
	});
});

function nth(i: number): BackupResult {
	const backup = backups[i];
	if (!backup) throw new Error(`backup ${i} was not made`);
	return backup;
}

function thrownBy(fn: () => unknown): BackupError {
	try {
		fn();
	} catch (e) {
		if (e instanceof BackupError) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}
