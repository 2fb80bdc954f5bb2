import { sql } from 'drizzle-orm';
import type { Db } from './db/client';

/** True when the database answers a real read. */
export function checkHealth(getDb: () => Db): boolean {
	try {
		const row = getDb().get<{ n: number }>(sql`select count(*) as n from sqlite_master`);
		return typeof row?.n === 'number';
	} catch (e) {
		console.error('healthz: database check failed', e);
		return false;
	}
}
