import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { opds, proposalEvents, proposals, users } from '../src/lib/server/db/schema';
import { createTestDb } from '../src/lib/server/db/test-db';
import { makeCycle, makeIdea, makeUser } from '../src/lib/server/ideas/test-helpers';
import * as reviews from '../src/lib/server/reviews';
import { makeProposal } from '../src/lib/server/reviews/test-helpers';
import * as opdList from '../src/lib/server/opds';
import { seedReviews } from './demo-reviews';

const { db, cleanup } = createTestDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-demo-reviews-'));
afterAll(() => {
	cleanup();
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('demo reviews', () => {
	it('records every outcome through the verbs and leaves the last one overdue', async () => {
		const now = new Date();
		opdList.ensureShipped(db);
		const bappeda = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
		const opd = makeUser(db, { kind: 'staff', roles: ['opd'] });
		const dinkes = db.select().from(opds).where(eq(opds.code, 'dinkes')).get()!.id;
		db.update(users).set({ opdId: dinkes }).where(eq(users.id, opd.id)).run();
		// Review deadline 20 days ago, like the demo's closed cycle.
		const cycle = makeCycle(db, now, { opened: 300, votingLeft: -60 });
		const author = makeUser(db);
		const ids = [
			'Ruang bermain',
			'Perpustakaan',
			'Posyandu remaja',
			'Lampu jalan',
			'Zebra cross',
			'Sampah'
		].map((title) => makeProposal(db, makeIdea(db, author, { cycleId: cycle.id, title })).id);

		const out = await seedReviews(db, { bappeda: bappeda.username, opd: opd.username }, ids, now, dir);

		const status = new Map(
			db
				.select({ id: proposals.id, status: proposals.status })
				.from(proposals)
				.where(inArray(proposals.id, ids))
				.all()
				.map((r) => [r.id, r.status])
		);
		expect(ids.map((id) => status.get(id))).toEqual([
			'direalisasikan',
			'diterima',
			'diterima',
			'ditunda',
			'ditolak',
			'diajukan'
		]);
		expect(out).toMatchObject({ realised: ids[0], deferred: ids[3], declined: ids[4], overdue: ids[5] });
		const done = db.select().from(proposals).where(eq(proposals.id, ids[0]!)).get()!;
		expect(done.programName).toBeTruthy();
		expect(done.amount).toBeGreaterThan(0);
		expect(fs.existsSync(path.join(dir, done.realisationPhoto!))).toBe(true);
		const progress = db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, ids[2]!)).all();
		expect(progress.filter((e) => e.kind === 'progress')).toHaveLength(2);
		const list = reviews.listForCycle(db, cycle.id, { overdue: true }, now);
		expect(list.rows.map((r) => r.id)).toEqual([ids[5]]);
		expect(reviews.tickets(db, cycle.id, now).find((t) => t.id === ids[4])?.answeredLate).toBe(true);
	});

	it('does nothing without proposals', async () => {
		expect(await seedReviews(db, { bappeda: 'x', opd: 'y' }, [], new Date(), dir)).toEqual({
			accepted: [],
			realised: null,
			deferred: null,
			declined: null,
			overdue: null
		});
	});
});
