import { config } from '../config';
import { openDatabase, type Db } from './client';

export type { Db } from './client';

let instance: Db | undefined;
let closed = false;

/** The server's one connection, opened and migrated on first use (not at build time). */
export function getDb(): Db {
	// After shutdown a late caller must fail, not quietly reopen (and migrate) the file.
	if (closed) throw new Error('The database is closed: the server is shutting down');
	instance ??= openDatabase(config.databasePath, config.migrationsDir);
	return instance;
}

/**
 * Closes the server's connection when it shuts down. SQLite checkpoints the WAL into the main file
 * and removes it when the last connection closes, so a stopped server leaves one self-contained file.
 */
export function closeDb(): void {
	closed = true;
	if (!instance) return;
	const sqlite = instance.$client;
	instance = undefined;
	// What SQLite recommends before closing a long-lived connection; the limit keeps it quick.
	sqlite.pragma('analysis_limit = 400');
	sqlite.pragma('optimize');
	sqlite.close();
}
