// The bench's data set keeps the invariants the app relies on, so the figures measure a real state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../src/lib/server/db/test-db';
import { seedLarge, sizesFor, type Seeded } from './seed';

const { db, cleanup } = createTestDb();
let seeded: Seeded;
const one = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).get(...params) as T;
const n = (sql: string, ...params: unknown[]) => one<{ n: number }>(sql, ...params).n;

beforeAll(async () => {
	seeded = await seedLarge(db, 0.002, new Date('2026-08-01T00:00:00Z'));
});
afterAll(cleanup);

describe('the bench data set', () => {
	it('has the sizes asked for', () => {
		expect(seeded.sizes).toEqual(sizesFor(0.002));
		expect(n('select count(*) as n from ideas')).toBe(seeded.sizes.ideas);
		expect(n("select count(*) as n from users where kind = 'child'")).toBe(seeded.sizes.children);
		expect(n('select count(*) as n from facilities')).toBe(seeded.sizes.facilities);
		expect(n('select count(*) as n from audits')).toBe(seeded.sizes.audits);
		// Distinct picks can fall a little short of the plan when a child's own idea comes up.
		expect(n('select count(*) as n from votes')).toBeGreaterThan(seeded.sizes.votes * 0.9);
	});

	it('keeps every vote_count equal to its votes', () => {
		expect(
			n(
				'select count(*) as n from ideas i where vote_count != (select count(*) from votes v where v.idea_id = i.id)'
			)
		).toBe(0);
	});

	it('gives votes only to published ideas of their own cycle, never the author, within the budget', () => {
		expect(
			n(`select count(*) as n from votes v join ideas i on i.id = v.idea_id
			   where i.status != 'terbit' or i.cycle_id != v.cycle_id or i.author_id = v.user_id`)
		).toBe(0);
		expect(
			n(`select count(*) as n from (select count(*) as c from votes v join cycles c on c.id = v.cycle_id
			   group by v.user_id, v.cycle_id having count(*) > max(c.vote_budget))`)
		).toBe(0);
		expect(
			n('select count(*) as n from votes v join users u on u.id = v.user_id where u.verified_at is null')
		).toBe(0);
	});

	it('starts every timeline with menunggu and fills the search index through the triggers', () => {
		expect(
			n(`select count(*) as n from ideas i where (select status from idea_events e where e.idea_id = i.id
			   order by e.id limit 1) is not 'menunggu'`)
		).toBe(0);
		const lampu = n(`select count(*) as n from ideas where title like '%lampu%' or body like '%lampu%'`);
		expect(lampu).toBeGreaterThan(0);
		expect(n(`select count(*) as n from ideas_fts where ideas_fts match '"lampu"*'`)).toBe(lampu);
	});

	it('signs nobody in, and leaves the bench children free budget on an idea they do not support', () => {
		expect(n('select count(*) as n from sessions')).toBe(0);
		expect(seeded.voters.length).toBeGreaterThan(50);
		for (const v of seeded.voters) {
			expect(n('select count(*) as n from votes where user_id = ? and idea_id = ?', v.userId, v.ideaId)).toBe(
				0
			);
			expect(
				n('select count(*) as n from votes where user_id = ? and cycle_id = ?', v.userId, seeded.cycleId)
			).toBe(3);
			const idea = one<{ status: string; author_id: string }>('select * from ideas where id = ?', v.ideaId);
			expect(idea).toMatchObject({ status: 'terbit' });
			expect(idea.author_id).not.toBe(v.userId);
		}
	});

	it('passes SQLite integrity and foreign-key checks', () => {
		expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(db.$client.pragma('foreign_key_check')).toEqual([]);
	});
});
