import { config } from '../config';
import { openDatabase, type Db } from './client';

export type { Db } from './client';

let instance: Db | undefined;

/** The server's one connection, opened and migrated on first use (not at build time). */
export function getDb(): Db {
	instance ??= openDatabase(config.databasePath, config.migrationsDir);
	return instance;
}
