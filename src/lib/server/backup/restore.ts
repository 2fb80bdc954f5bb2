// Puts a backup back: checks it first, refuses while the database is in use, and moves the current
// database and photos aside (never deletes them) before the backup takes their place.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sha256File, type Manifest } from './backup';
import { BackupError, checkDatabaseFile, type CheckResult } from './check';
import { copyPhotos, DB_FILE, fsyncFile, MANIFEST, stamp, UPLOADS } from './files';

export interface BackupSource {
	dbFile: string;
	/** The backup's photo folder; null for a bare database file (e.g. a sqlite3 `.backup` copy). */
	uploadsDir: string | null;
	manifest: Manifest | null;
}

/** Accepts a backup folder or a database file (inside a backup folder or on its own). */
export function resolveSource(source: string): BackupSource {
	const resolved = path.resolve(source);
	if (!fs.existsSync(resolved)) throw new BackupError('unreadable', `${resolved} does not exist`);
	const dir = fs.statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
	const dbFile = fs.statSync(resolved).isDirectory() ? path.join(resolved, DB_FILE) : resolved;
	const manifestFile = path.join(dir, MANIFEST);
	const manifest = fs.existsSync(manifestFile)
		? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest)
		: null;
	const uploads = path.join(dir, UPLOADS);
	return { dbFile, uploadsDir: manifest && fs.existsSync(uploads) ? uploads : null, manifest };
}

/** Checks a backup without touching anything: the manifest's checksum, then the database itself. */
export function checkBackup(source: string, migrationsDir: string): BackupSource & { check: CheckResult } {
	const found = resolveSource(source);
	if (found.manifest && sha256File(found.dbFile) !== found.manifest.sha256)
		throw new BackupError('checksum', `${found.dbFile} does not match the checksum in its manifest`);
	return { ...found, check: checkDatabaseFile(found.dbFile, migrationsDir, found.uploadsDir) };
}

/**
 * Refuses when another connection (the running server, a sqlite3 shell) has the database open: in
 * WAL mode every open connection holds a shared lock, so an exclusive one cannot be had. A file
 * that is not a database at all does not count as in use: restoring over it is the point.
 */
export function assertNotInUse(databasePath: string): void {
	if (!fs.existsSync(databasePath)) return;
	let db: Database.Database | undefined;
	try {
		db = new Database(databasePath, { fileMustExist: true, timeout: 200 });
		db.pragma('locking_mode = EXCLUSIVE');
		db.exec('BEGIN EXCLUSIVE');
		db.exec('ROLLBACK');
	} catch (e) {
		const code = (e as { code?: string }).code ?? '';
		if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
			throw new BackupError(
				'in_use',
				`${databasePath} is in use (is the server running?): stop the server first, then restore`
			);
	} finally {
		// Closing the last connection folds the WAL into the file, so the file moves aside whole.
		db?.close();
	}
}

export interface RestoreOptions {
	source: string;
	databasePath: string;
	uploadsDir: string;
	migrationsDir: string;
	now?: Date;
}

export interface RestoreResult {
	check: CheckResult;
	/** Where the database and photos that were there before went; null when there were none. */
	previousDatabase: string | null;
	previousUploads: string | null;
	uploadsRestored: boolean;
}

function moveAside(file: string, suffix: string): string | null {
	if (!fs.existsSync(file)) return null;
	const aside = `${file}.${suffix}`;
	fs.renameSync(file, aside);
	// A WAL left by a crash belongs to its database: it moves along, under the matching name.
	for (const ext of ['-wal', '-shm']) if (fs.existsSync(file + ext)) fs.renameSync(file + ext, aside + ext);
	return aside;
}

export function restoreBackup(opts: RestoreOptions): RestoreResult {
	const backup = checkBackup(opts.source, opts.migrationsDir);
	assertNotInUse(opts.databasePath);
	const suffix = `before-restore-${stamp(opts.now ?? new Date())}`;
	fs.mkdirSync(path.dirname(opts.databasePath), { recursive: true });

	const incoming = `${opts.databasePath}.restoring`;
	fs.copyFileSync(backup.dbFile, incoming);
	fsyncFile(incoming);
	const previousDatabase = moveAside(opts.databasePath, suffix);
	fs.renameSync(incoming, opts.databasePath);

	let previousUploads: string | null = null;
	if (backup.uploadsDir) {
		const incomingPhotos = `${opts.uploadsDir}.restoring`;
		fs.rmSync(incomingPhotos, { recursive: true, force: true });
		// Photos never change, so links into the backup are as good as copies (and instant).
		copyPhotos(backup.uploadsDir, incomingPhotos, backup.uploadsDir);
		previousUploads = moveAside(opts.uploadsDir, suffix);
		fs.renameSync(incomingPhotos, opts.uploadsDir);
	}
	return { check: backup.check, previousDatabase, previousUploads, uploadsRestored: !!backup.uploadsDir };
}
