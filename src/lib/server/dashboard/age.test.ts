import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { ageBand, ageBandSql, type AgeBand } from './age';

const AT = new Date(2026, 6, 1); // 1 July 2026

describe('ageBand', () => {
	it.each<[number | null, number | null, AgeBand]>([
		[2016, 7, '10-12'], // turns 10 in July 2026: counts in the birth month
		[2016, 8, 'lain'], // still 9
		[2014, 1, '10-12'],
		[2013, 7, '13-15'],
		[2011, 1, '13-15'],
		[2010, 7, '16-17'],
		[2008, 8, '16-17'], // 17 until August
		[2008, 7, 'lain'], // 18 in July
		[null, 3, 'lain'],
		[2012, null, 'lain']
	])('born %s/%s is in band %s', (year, month, band) => {
		expect(ageBand(year, month, AT)).toBe(band);
	});
});

describe('ageBandSql', () => {
	const { db, cleanup } = createTestDb();
	afterAll(cleanup);

	it('agrees with ageBand for every birth month from 6 to 19 years back', () => {
		const born: [number, number][] = [];
		for (let y = 2007; y <= 2020; y++) for (let m = 1; m <= 12; m++) born.push([y, m]);
		born.forEach(([y, m], i) =>
			db
				.insert(users)
				.values({
					id: `u${i}`,
					username: `u${i}`,
					passwordHash: '!',
					kind: 'child',
					birthYear: y,
					birthMonth: m
				})
				.run()
		);
		const rows = db
			.select({
				y: users.birthYear,
				m: users.birthMonth,
				band: ageBandSql(users.birthYear, users.birthMonth, AT)
			})
			.from(users)
			.where(sql`1`)
			.all();
		expect(rows).toHaveLength(born.length);
		for (const r of rows) expect(r.band).toBe(ageBand(r.y, r.m, AT));
	});
});
