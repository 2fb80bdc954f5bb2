import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (creating if needed) the SQLite file with the pragmas the app relies on, and migrates it. */
export function openDatabase(file: string, migrationsDir: string): Db {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const sqlite = new Database(file);
	// WAL: readers never wait for the writer, and a killed process loses nothing committed (the
	// log is replayed on the next open; a transaction cut off half-way is ignored).
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// NORMAL in WAL mode syncs at checkpoints, not at every commit: a process crash loses nothing,
	// a power cut or kernel panic may lose the last commits (never corrupts the file). FULL would
	// make every vote wait for the disk.
	sqlite.pragma('synchronous = NORMAL');
	reuseStatements(sqlite);
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: migrationsDir });
	return db;
}

/**
 * drizzle asks better-sqlite3 to prepare every query anew, and SQLite then parses and plans it again:
 * about a seventh of a vote's time under load. The same SQL text gets the same statement back instead
 * (reset to return objects: drizzle switches statements to raw rows when it maps them itself). A
 * statement still being iterated is never handed out twice. The oldest go beyond `max`.
 */
export function reuseStatements(sqlite: Database.Database, max = 1000): void {
	const prepare = sqlite.prepare.bind(sqlite);
	const statements = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		const hit = statements.get(source);
		if (hit && !hit.busy) return hit.reader ? hit.pluck(false).raw(false) : hit;
		const statement = prepare(source);
		if (!hit) {
			statements.set(source, statement);
			if (statements.size > max) statements.delete(statements.keys().next().value!);
		}
		return statement;
	}) as Database.Database['prepare'];
}

/**
 * State kept per open database (queries built once, short-lived caches): built on first use, gone with
 * the database, and apart for each test database.
 */
export function perDatabase<T>(build: (db: Db) => T): ((db: Db) => T) & { forget(db: Db): void } {
	const state = new WeakMap<Db, T>();
	const get = (db: Db) => {
		let value = state.get(db);
		if (value === undefined) state.set(db, (value = build(db)));
		return value;
	};
	return Object.assign(get, { forget: (db: Db) => void state.delete(db) });
}

/** A transaction handle; verbs that may run inside one accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
