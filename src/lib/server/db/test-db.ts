import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from './client';

/** A fresh SQLite file migrated from drizzle/, removed by the returned cleanup. */
export function createTestDb(): { db: Db; file: string; cleanup: () => void } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-anak-test-'));
	const file = path.join(dir, 'test.db');
	const db = openDatabase(file, path.resolve('drizzle'));
	return {
		db,
		file,
		cleanup: () => {
			db.$client.close();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}
