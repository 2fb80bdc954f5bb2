// A consistent online backup while the server runs: `VACUUM INTO` copies one read transaction's
// snapshot (in WAL mode writers go on meanwhile), unlike the page-by-page backup API, which restarts
// whenever another connection writes and may never finish under steady voting. Then the photos.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabaseFile, type CheckResult } from './check';
import {
	copyPhotos,
	DB_FILE,
	fsyncFile,
	listBackups,
	MANIFEST,
	stamp,
	UPLOADS,
	writeDurably,
	type CopyResult
} from './files';

export interface BackupOptions {
	databasePath: string;
	uploadsDir: string;
	backupDir: string;
	migrationsDir: string;
	/** How many backups to keep, this one included. */
	keep: number;
	now?: Date;
}

export interface Manifest {
	format: 1;
	createdAt: string;
	database: string;
	bytes: number;
	sha256: string;
	migrations: number;
	photos: number;
}

export interface BackupResult {
	dir: string;
	manifest: Manifest;
	photos: CopyResult;
	check: CheckResult;
	/** Older backups removed to keep `keep`. */
	removed: string[];
}

const TEMP_PREFIX = '.tmp-';
const DAY = 24 * 60 * 60 * 1000;

export function sha256File(file: string): string {
	const hash = createHash('sha256');
	const fd = fs.openSync(file, 'r');
	const chunk = Buffer.allocUnsafe(1 << 20);
	try {
		let n: number;
		while ((n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) hash.update(chunk.subarray(0, n));
	} finally {
		fs.closeSync(fd);
	}
	return hash.digest('hex');
}

function freeName(backupDir: string, now: Date): string {
	const base = `suara-anak-${stamp(now)}`;
	let name = base;
	for (let i = 2; fs.existsSync(path.join(backupDir, name)); i++) name = `${base}-${i}`;
	return name;
}

/** The database snapshot, from a connection of its own (the server's keeps serving). */
function snapshot(databasePath: string, target: string): void {
	const source = new Database(databasePath, { fileMustExist: true });
	try {
		source.pragma('busy_timeout = 10000');
		source.prepare('VACUUM INTO ?').run(target);
	} finally {
		source.close();
	}
	fsyncFile(target);
}

/** Keeps the newest `keep` backups; also clears temporary folders a crashed run left a day ago. */
export function pruneBackups(backupDir: string, keep: number, now = new Date()): string[] {
	const all = listBackups(backupDir);
	const removed = all.slice(0, Math.max(0, all.length - keep));
	for (const name of removed) fs.rmSync(path.join(backupDir, name), { recursive: true, force: true });
	for (const entry of fs.readdirSync(backupDir)) {
		const p = path.join(backupDir, entry);
		if (entry.startsWith(TEMP_PREFIX) && now.getTime() - fs.statSync(p).mtimeMs > DAY)
			fs.rmSync(p, { recursive: true, force: true });
	}
	return removed;
}

/**
 * Writes `<backupDir>/suara-anak-<UTC time>/` with the database copy, the photos and a manifest,
 * checks the copy, and only then gives the folder its name (a half-made backup never looks whole).
 */
export function createBackup(opts: BackupOptions): BackupResult {
	const now = opts.now ?? new Date();
	fs.mkdirSync(opts.backupDir, { recursive: true });
	const name = freeName(opts.backupDir, now);
	const temp = path.join(opts.backupDir, `${TEMP_PREFIX}${name}-${process.pid}`);
	fs.mkdirSync(temp);
	try {
		const dbCopy = path.join(temp, DB_FILE);
		snapshot(opts.databasePath, dbCopy);
		// Photos after the database: a photo added meanwhile is extra, never missing.
		const previous = listBackups(opts.backupDir).at(-1);
		const photos = copyPhotos(
			opts.uploadsDir,
			path.join(temp, UPLOADS),
			previous ? path.join(opts.backupDir, previous, UPLOADS) : null
		);
		const check = checkDatabaseFile(dbCopy, opts.migrationsDir, path.join(temp, UPLOADS));
		const manifest: Manifest = {
			format: 1,
			createdAt: now.toISOString(),
			database: DB_FILE,
			bytes: fs.statSync(dbCopy).size,
			sha256: sha256File(dbCopy),
			migrations: check.migrations,
			photos: photos.copied + photos.linked
		};
		writeDurably(path.join(temp, MANIFEST), JSON.stringify(manifest, null, '\t') + '\n');
		const dir = path.join(opts.backupDir, name);
		fs.renameSync(temp, dir);
		const removed = pruneBackups(opts.backupDir, opts.keep, now);
		return { dir, manifest, photos, check, removed };
	} catch (e) {
		fs.rmSync(temp, { recursive: true, force: true });
		throw e;
	}
}
