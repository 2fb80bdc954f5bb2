import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** `column` contains `text` literally: % and _ typed by a user are not wildcards. */
export function contains(column: SQLiteColumn, text: string): SQL {
	const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return sql`${column} like ${pattern} escape '\\'`;
}
