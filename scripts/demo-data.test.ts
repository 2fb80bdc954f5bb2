import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ADULT_AGE, ageInYears, MIN_AGE } from '../src/lib/server/auth/age';
import { can, type Actor } from '../src/lib/server/auth/permissions';
import { userRoles, users } from '../src/lib/server/db/schema';
import { createTestDb } from '../src/lib/server/db/test-db';
import { seedDemo } from './demo-data';

// The child accounts the README lists: forum1–forum3 (Forum Anak) and anak1–anak20, of which
// anak16–anak20 are not verified yet.
const FORUM = ['forum1', 'forum2', 'forum3'];
const CHILDREN = [...FORUM, ...Array.from({ length: 20 }, (_, i) => `anak${i + 1}`)];
const UNVERIFIED = ['anak16', 'anak17', 'anak18', 'anak19', 'anak20'];

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-demo-data-'));
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

/** Seeds the whole demo into a fresh database at `now`; returns its child accounts as actors. */
async function seededAt(now: Date): Promise<Map<string, Actor>> {
	const t = createTestDb();
	try {
		expect(await seedDemo(t.db, now, uploads)).toBe(true);
		const rows = t.db.select().from(users).where(eq(users.kind, 'child')).all();
		const roles = t.db.select().from(userRoles).all();
		return new Map(
			rows.map((u) => [
				u.username,
				{ ...u, kind: 'child', roles: roles.filter((r) => r.userId === u.id).map((r) => r.role) }
			])
		);
	} finally {
		t.cleanup();
	}
}

/** The first day of each of the twelve months from `from` on (age changes only at a month's start). */
const monthsFrom = (from: Date) =>
	Array.from({ length: 12 }, (_, i) => new Date(from.getFullYear(), from.getMonth() + i, 1, 12));

describe.each([
	['1 January', new Date(2027, 0, 1, 9)],
	['31 December', new Date(2027, 11, 31, 21)]
])('the demo seeded on %s', (_day, now) => {
	it('has every listed child as a child who may post, and the verified ones may vote', async () => {
		const accounts = await seededAt(now);
		expect([...accounts.keys()].sort()).toEqual([...CHILDREN].sort());
		for (const name of CHILDREN) {
			const child = accounts.get(name)!;
			const age = ageInYears(child.birthYear!, child.birthMonth!, now);
			expect({ name, adult: age >= ADULT_AGE, tooYoung: age < MIN_AGE }).toEqual({
				name,
				adult: false,
				tooYoung: false
			});
			expect({ name, post: can(child, 'child.participate', now) }).toEqual({ name, post: true });
			expect({ name, vote: can(child, 'child.vote', now) }).toEqual({
				name,
				vote: !UNVERIFIED.includes(name)
			});
		}
		for (const name of FORUM) expect(can(accounts.get(name)!, 'audit.run', now)).toBe(true);
	});

	it('keeps them children for the twelve months after, so a kept demo database still works', async () => {
		const accounts = await seededAt(now);
		const adults = monthsFrom(now).flatMap((at) =>
			CHILDREN.filter((name) => !can(accounts.get(name)!, 'child.participate', at)).map(
				(name) => `${name} in ${at.getFullYear()}-${at.getMonth() + 1}`
			)
		);
		expect(adults).toEqual([]);
	});
});
