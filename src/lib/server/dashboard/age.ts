// Age bands of the dashboard, counted the way accounts count age (auth/age.ts): from birth month and year,
// whole months, at a reference date (the cycle's voting cut-off, or now for all cycles).
import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ageInYears } from '../auth/age';

export const AGE_BANDS = ['10-12', '13-15', '16-17', 'lain'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthYear: number | null, birthMonth: number | null, at: Date): AgeBand {
	if (birthYear === null || birthMonth === null) return 'lain';
	const age = ageInYears(birthYear, birthMonth, at);
	if (age >= 10 && age <= 12) return '10-12';
	if (age >= 13 && age <= 15) return '13-15';
	if (age >= 16 && age <= 17) return '16-17';
	return 'lain';
}

/** The same band computed by SQLite, so counting never loads children into JavaScript. */
export function ageBandSql(birthYear: AnySQLiteColumn, birthMonth: AnySQLiteColumn, at: Date): SQL<AgeBand> {
	const ref = at.getFullYear() * 12 + at.getMonth();
	// Integer division (the bound parameter would otherwise be a real number).
	const age = sql`((cast(${ref} as integer) - (${birthYear} * 12 + ${birthMonth} - 1)) / 12)`;
	return sql<AgeBand>`case
		when ${birthYear} is null or ${birthMonth} is null then 'lain'
		when ${age} between 10 and 12 then '10-12'
		when ${age} between 13 and 15 then '13-15'
		when ${age} between 16 and 17 then '16-17'
		else 'lain' end`;
}
