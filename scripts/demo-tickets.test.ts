import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ideas, proposals, ticketChanges, userRoles, users, votes } from '../src/lib/server/db/schema';
import { createTestDb } from '../src/lib/server/db/test-db';
import * as opdList from '../src/lib/server/opds';
import * as regions from '../src/lib/server/regions';
import * as tickets from '../src/lib/server/tickets';
import { seedTickets } from './demo-tickets';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

/** The demo accounts the seed relies on, as scripts/demo-data.ts makes them. */
function accounts(now: Date) {
	regions.ensureShipped(db);
	opdList.ensureShipped(db);
	const child = (username: string, roles: ('anak' | 'forum_anak')[]) => {
		const id = crypto.randomUUID();
		db.insert(users)
			.values({
				id,
				username,
				passwordHash: '!',
				kind: 'child',
				birthYear: now.getFullYear() - 14,
				birthMonth: 1,
				desaCode: '61.07.03.2001',
				verifiedAt: now
			})
			.run();
		db.insert(userRoles)
			.values(roles.map((role) => ({ userId: id, role })))
			.run();
	};
	const staffId = crypto.randomUUID();
	db.insert(users).values({ id: staffId, username: 'fasilitator', passwordHash: '!', kind: 'staff' }).run();
	db.insert(userRoles).values({ userId: staffId, role: 'fasilitator' }).run();
	child('forum1', ['anak', 'forum_anak']);
	for (let i = 1; i <= 15; i++) child(`anak${i}`, ['anak']);
}

describe('demo golden tickets', () => {
	const now = new Date();
	accounts(now);
	const out = seedTickets(db, now);

	it('leaves a closed cycle whose six tickets were confirmed with one change and all sent', () => {
		const closed = tickets.computeShortlist(db, out.closedCycleId, now);
		expect(closed.cycle.phase).toBe('closed');
		expect(closed.confirmedAt).not.toBeNull();
		const sent = out.proposalIds.map((id) => tickets.get(db, id));
		expect(sent.map((p) => [p.priority, p.status])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 'diajukan']));
		expect(sent.map((p) => p.source)).toEqual([
			'kecamatan',
			'kabupaten',
			'kecamatan',
			'kabupaten',
			'kecamatan',
			'added'
		]);
		expect(sent.every((p) => tickets.missingForSubmit(p).length === 0)).toBe(true);
		expect(sent[0]!.mergedIdeas).toHaveLength(1);
		const changes = db.select().from(ticketChanges).where(eq(ticketChanges.cycleId, out.closedCycleId)).all();
		expect(changes.map((c) => c.change)).toEqual(['add']);
		expect(changes[0]!.reason.length).toBeGreaterThan(20);
	});

	it('leaves a cycle whose voting closed with its golden tickets still to choose', () => {
		const pending = tickets.computeShortlist(db, out.pendingCycleId, now);
		expect(pending.cycle.phase).toBe('voting_closed');
		expect(pending.confirmedAt).toBeNull();
		expect(pending.lines.filter((l) => l.slot).map((l) => l.title)).toEqual([
			'Jembatan penyeberangan sungai di Seluas',
			'Kelas menari dan musik daerah di Teriak',
			'Toilet bersih di SD Seluas'
		]);
		expect(db.select().from(proposals).where(eq(proposals.cycleId, out.pendingCycleId)).all()).toEqual([]);
	});

	it('votes follow the rules: never for one’s own idea, within the budget, counts kept in step', () => {
		const own = db
			.select({ n: sql<number>`count(*)` })
			.from(votes)
			.innerJoin(ideas, and(eq(votes.ideaId, ideas.id), eq(votes.userId, ideas.authorId)))
			.get()?.n;
		expect(own).toBe(0);
		const perVoter = db
			.select({ n: sql<number>`count(*)` })
			.from(votes)
			.groupBy(votes.userId, votes.cycleId)
			.all();
		expect(Math.max(...perVoter.map((r) => r.n))).toBeLessThanOrEqual(5);
		const drift = db
			.select({ id: ideas.id })
			.from(ideas)
			.where(sql`${ideas.voteCount} <> (select count(*) from ${votes} where ${votes.ideaId} = ${ideas.id})`)
			.all();
		expect(drift).toEqual([]);
	});
});
