// Is this file a whole, readable Suara Anak database that this version can run? Used on every backup
// right after it is written, and on a file before it is restored.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

/** A refusal with a reason an operator can act on; `code` is for scripts and tests. */
export class BackupError extends Error {
	constructor(
		readonly code: 'unreadable' | 'corrupt' | 'not_suara_anak' | 'newer_version' | 'checksum' | 'in_use',
		message: string
	) {
		super(message);
		this.name = 'BackupError';
	}
}

/** Tables every version since the first migration has: without them it is not our database. */
export const REQUIRED_TABLES = [
	'__drizzle_migrations',
	'users',
	'sessions',
	'regions',
	'cycles',
	'ideas',
	'idea_events',
	'votes',
	'audit_log'
] as const;

const PHOTO_NAME = /^[0-9a-f]{32}\.webp$/;

export interface CheckResult {
	/** Migrations the file has, and those this version will still apply when the server starts. */
	migrations: number;
	pending: number;
	/** Photos the database names that the photo folder lacks. */
	missingPhotos: string[];
}

function open(file: string): Database.Database {
	if (!fs.existsSync(file)) throw new BackupError('unreadable', `${file} does not exist`);
	try {
		return new Database(file, { readonly: true, fileMustExist: true });
	} catch (e) {
		throw new BackupError('unreadable', `${file} cannot be opened: ${(e as Error).message}`);
	}
}

function integrity(db: Database.Database, file: string): void {
	let rows: string[];
	try {
		const result = db.pragma('integrity_check', { simple: false }) as Record<string, unknown>[];
		rows = result.map((r) => String(Object.values(r)[0]));
	} catch (e) {
		const { code = '', message } = e as { code?: string; message: string };
		if (code.startsWith('SQLITE_CORRUPT')) throw new BackupError('corrupt', `${file} is damaged: ${message}`);
		throw new BackupError('unreadable', `${file} is not a SQLite database: ${message}`);
	}
	if (rows.length !== 1 || rows[0] !== 'ok')
		throw new BackupError('corrupt', `${file} fails PRAGMA integrity_check: ${rows.slice(0, 5).join('; ')}`);
}

function migrationsOf(db: Database.Database, file: string, migrationsDir: string) {
	const tables = new Set(
		db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]
	);
	const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
	if (missing.length)
		throw new BackupError('not_suara_anak', `${file} is not a Suara Anak database: no ${missing.join(', ')}`);
	const applied = db.prepare('select hash from __drizzle_migrations').pluck().all() as string[];
	const known = new Set(readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.hash));
	const unknown = applied.filter((h) => !known.has(h));
	if (unknown.length)
		throw new BackupError(
			'newer_version',
			`${file} has ${unknown.length} migration(s) this version does not know: it comes from a newer ` +
				'(or different) version of Suara Anak; restore it with that version'
		);
	return { migrations: applied.length, pending: known.size - applied.length };
}

/** Photo names in columns that hold photos (…photo… columns, or `file` in a …photo… table). */
function namedPhotos(db: Database.Database): Set<string> {
	const names = new Set<string>();
	const tables = db
		.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
		.pluck()
		.all() as string[];
	for (const table of tables) {
		const columns = db.pragma(`table_info("${table}")`) as { name: string; type: string }[];
		for (const { name, type } of columns) {
			const photoColumn = name.includes('photo') || (table.includes('photo') && name === 'file');
			if (!photoColumn || !/text/i.test(type)) continue;
			const values = db
				.prepare(`select "${name}" from "${table}" where "${name}" glob '*.webp'`)
				.pluck()
				.all() as string[];
			for (const v of values) if (PHOTO_NAME.test(v)) names.add(v);
		}
	}
	return names;
}

/**
 * Checks a database file: it opens, PRAGMA integrity_check says ok, it has our tables, and every
 * migration it has is one this version knows (an older file is fine: the server migrates it). With
 * `photosDir`, also lists photos the database names that are not there.
 */
export function checkDatabaseFile(
	file: string,
	migrationsDir: string,
	photosDir: string | null = null
): CheckResult {
	const db = open(file);
	try {
		integrity(db, file);
		const { migrations, pending } = migrationsOf(db, file, migrationsDir);
		const missingPhotos = photosDir
			? [...namedPhotos(db)].filter((n) => !fs.existsSync(path.join(photosDir, n)))
			: [];
		return { migrations, pending, missingPhotos };
	} finally {
		db.close();
	}
}
