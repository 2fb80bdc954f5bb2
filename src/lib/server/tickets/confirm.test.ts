import { count, eq } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import {
	auditLog,
	notifications,
	proposalEvents,
	proposals,
	ticketChanges,
	ticketSelections,
	users
} from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import { checkConfirm, confirm } from './confirm';
import { ChangeRefused } from './errors';
import { computeShortlist } from './shortlist';
import {
	addCycle,
	addIdea,
	addUser,
	addVotes,
	AFTER,
	CUT_OFF,
	DESA_A,
	KEC_A,
	KEC_B,
	thrown
} from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const facilitator = addUser(db, { roles: ['fasilitator'] });
const REASON = 'Ide ini sudah dianggarkan desa tahun ini.';

/** A fresh closed cycle: kecamatan A winner, kecamatan B winner, a kabupaten winner, two others. */
function setup() {
	const cycleId = addCycle(db, { minVotesForTicket: 2, ticketsPerKecamatan: 1, ticketsForKabupaten: 1 });
	const authors = [addUser(db), addUser(db), addUser(db), addUser(db), addUser(db), addUser(db)];
	const idea = (i: number, opts: Parameters<typeof addIdea>[3] = {}) =>
		addIdea(db, authors[i]!.id, cycleId, opts);
	const ids = {
		aTop: idea(0, { title: 'Lampu jalan ke sekolah', cluster: 5 }),
		bTop: idea(1, { kec: KEC_B, level: 'kecamatan' }),
		kab: idea(2, { level: 'kabupaten' }),
		low: idea(3),
		hidden: idea(4, { status: 'disembunyikan' }),
		aSecond: idea(5)
	};
	addVotes(db, cycleId, ids.aTop, 9, 50);
	addVotes(db, cycleId, ids.bTop, 5, 50);
	addVotes(db, cycleId, ids.kab, 6, 50);
	addVotes(db, cycleId, ids.aSecond, 3, 50);
	addVotes(db, cycleId, ids.low, 1, 50);
	addVotes(db, cycleId, ids.hidden, 8, 50);
	return { cycleId, ids, authors };
}

const rows = (table: SQLiteTable) => db.select({ n: count() }).from(table).get()?.n ?? 0;
const written = () =>
	[ticketSelections, ticketChanges, proposals, proposalEvents, notifications, auditLog].map((t) => rows(t));

let s: ReturnType<typeof setup>;
beforeEach(() => {
	s = setup();
});

describe('confirm', () => {
	it('turns the shortlist with one skip and one add into proposals, each change logged with its reason', () => {
		const { cycleId, ids, authors } = s;
		expect(
			computeShortlist(db, cycleId, AFTER)
				.lines.filter((l) => l.slot)
				.map((l) => l.ideaId)
		).toEqual([ids.aTop, ids.kab, ids.bTop]);
		const { proposalIds } = confirm(
			db,
			facilitator,
			cycleId,
			[
				{ ideaId: ids.bTop, change: 'skip', reason: `  ${REASON}  ` },
				{ ideaId: ids.low, change: 'add', reason: 'Forum Anak menemukan masalah ini di audit RBRA.' }
			],
			AFTER
		);
		expect(proposalIds).toHaveLength(3);

		expect(
			db.select().from(ticketSelections).where(eq(ticketSelections.cycleId, cycleId)).get()
		).toMatchObject({
			minVotes: 2,
			perKecamatan: 1,
			forKabupaten: 1,
			confirmedBy: facilitator.id,
			confirmedAt: AFTER
		});
		const changes = db.select().from(ticketChanges).where(eq(ticketChanges.cycleId, cycleId)).all();
		expect(changes.map((c) => [c.ideaId, c.change, c.reason, c.actorId])).toEqual([
			[ids.bTop, 'skip', REASON, facilitator.id],
			[ids.low, 'add', 'Forum Anak menemukan masalah ini di audit RBRA.', facilitator.id]
		]);

		const made = db
			.select()
			.from(proposals)
			.where(eq(proposals.cycleId, cycleId))
			.orderBy(proposals.priority)
			.all();
		expect(made.map((p) => [p.ideaId, p.source, p.votes, p.priority, p.status])).toEqual([
			[ids.aTop, 'kecamatan', 9, 1, 'disusun'],
			[ids.kab, 'kabupaten', 6, 2, 'disusun'],
			[ids.low, 'added', 1, 3, 'disusun']
		]);
		expect(made[0]).toMatchObject({
			title: 'Lampu jalan ke sekolah',
			problem: expect.stringContaining('Jalan ke sekolah gelap'),
			activity: '',
			desaCode: DESA_A,
			kecamatanCode: KEC_A,
			cluster: 5,
			opdId: null
		});
		expect(made[1]).toMatchObject({ desaCode: null, kecamatanCode: null });

		const events = db
			.select()
			.from(proposalEvents)
			.all()
			.filter((e) => proposalIds.includes(e.proposalId));
		expect(events.map((e) => [e.kind, e.status, e.actorRole])).toEqual(
			Array(3).fill(['created', 'disusun', 'fasilitator'])
		);
		const told = db.select().from(notifications).where(eq(notifications.kind, 'idea_golden_ticket')).all();
		expect(
			told.filter((n) => [ids.aTop, ids.kab, ids.low, ids.bTop].includes(n.ideaId!)).map((n) => n.userId)
		).toEqual([authors[0]!.id, authors[2]!.id, authors[3]!.id]);
		const log = db.select().from(auditLog).all().slice(-3);
		expect(log.map((l) => [l.action, l.targetType, l.targetId, l.reason])).toEqual([
			['ticket.confirm', 'cycle', String(cycleId), null],
			['ticket.skip', 'idea', String(ids.bTop), REASON],
			['ticket.add', 'idea', String(ids.low), 'Forum Anak menemukan masalah ini di audit RBRA.']
		]);
		// After confirmation the page shows the rule as it was confirmed.
		expect(computeShortlist(db, cycleId, AFTER).confirmedAt).toEqual(AFTER);
	});

	it('confirms the shortlist as is, and does not notify an author who deleted the account', () => {
		db.update(users).set({ deletedAt: AFTER }).where(eq(users.id, s.authors[0]!.id)).run();
		const before = rows(notifications);
		const { proposalIds } = confirm(db, facilitator, s.cycleId, [], AFTER);
		expect(proposalIds).toHaveLength(3);
		expect(rows(notifications) - before).toBe(2);
		expect(db.select().from(ticketChanges).where(eq(ticketChanges.cycleId, s.cycleId)).all()).toEqual([]);
	});

	describe('refuses, writing nothing', () => {
		type Setup = typeof s;
		const cases: [string, (s: Setup) => unknown, unknown, (s: Setup) => Record<string, unknown>][] = [
			[
				'someone who may not moderate',
				(s) => confirm(db, addUser(db, { roles: ['bappeda'] }), s.cycleId, [], AFTER),
				Forbidden,
				() => ({ code: 'moderate' })
			],
			[
				'a Forum Anak member',
				(s) => confirm(db, addUser(db, { roles: ['forum_anak'] }), s.cycleId, [], AFTER),
				Forbidden,
				() => ({})
			],
			[
				'before the cut-off',
				(s) => confirm(db, facilitator, s.cycleId, [], new Date(CUT_OFF.getTime() - 1)),
				Conflict,
				() => ({ code: 'ticket_too_early' })
			],
			[
				'an unknown cycle',
				() => confirm(db, facilitator, 99_999, [], AFTER),
				NotFound,
				() => ({ code: 'cycle' })
			],
			[
				'a change without a real reason',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[{ ideaId: s.ids.bTop, change: 'skip', reason: ' singkat ' }],
						AFTER
					),
				ChangeRefused,
				(s) => ({ code: 'ticket_reason', ideaId: s.ids.bTop })
			],
			[
				'a reason that is too long',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[{ ideaId: s.ids.bTop, change: 'skip', reason: 'x'.repeat(501) }],
						AFTER
					),
				ChangeRefused,
				() => ({ code: 'ticket_reason' })
			],
			[
				'the same idea twice',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[
							{ ideaId: s.ids.low, change: 'add', reason: REASON },
							{ ideaId: s.ids.low, change: 'add', reason: REASON }
						],
						AFTER
					),
				ChangeRefused,
				() => ({ code: 'ticket_change_twice' })
			],
			[
				'adding a winner',
				(s) =>
					confirm(db, facilitator, s.cycleId, [{ ideaId: s.ids.aTop, change: 'add', reason: REASON }], AFTER),
				ChangeRefused,
				(s) => ({ code: 'ticket_add_invalid', ideaId: s.ids.aTop })
			],
			[
				'adding a hidden idea',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[{ ideaId: s.ids.hidden, change: 'add', reason: REASON }],
						AFTER
					),
				ChangeRefused,
				() => ({ code: 'ticket_add_invalid' })
			],
			[
				'adding an idea of another cycle',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[
							{
								ideaId: addIdea(
									db,
									s.authors[0]!.id,
									addCycle(db, { opensAt: new Date('2024-01-01'), votingClosesAt: new Date('2024-03-01') })
								),
								change: 'add',
								reason: REASON
							}
						],
						AFTER
					),
				ChangeRefused,
				() => ({ code: 'ticket_add_invalid' })
			],
			[
				'skipping an idea that did not win',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[{ ideaId: s.ids.aSecond, change: 'skip', reason: REASON }],
						AFTER
					),
				ChangeRefused,
				(s) => ({ code: 'ticket_skip_invalid', ideaId: s.ids.aSecond })
			],
			[
				'a valid change next to a refused one',
				(s) =>
					confirm(
						db,
						facilitator,
						s.cycleId,
						[
							{ ideaId: s.ids.bTop, change: 'skip', reason: REASON },
							{ ideaId: s.ids.hidden, change: 'add', reason: REASON }
						],
						AFTER
					),
				ChangeRefused,
				(s) => ({ code: 'ticket_add_invalid', ideaId: s.ids.hidden })
			]
		];
		it.each(cases)('%s', (_name, run, type, props) => {
			const before = written();
			const e = thrown(() => run(s));
			expect(e).toBeInstanceOf(type);
			expect(e).toMatchObject(props(s));
			expect(written()).toEqual(before);
		});

		it('a second confirmation (Conflict)', () => {
			confirm(db, facilitator, s.cycleId, [], AFTER);
			const before = written();
			const e = thrown(() =>
				confirm(db, facilitator, s.cycleId, [{ ideaId: s.ids.low, change: 'add', reason: REASON }], AFTER)
			);
			expect(e).toBeInstanceOf(Conflict);
			expect(e).toMatchObject({ code: 'ticket_confirmed' });
			expect(written()).toEqual(before);
		});
	});
});

describe('checkConfirm', () => {
	it('passes a confirmation that would go through, writing nothing', () => {
		const before = written();
		const change = { ideaId: s.ids.bTop, change: 'skip' as const, reason: REASON };
		expect(() => checkConfirm(db, facilitator, s.cycleId, [change], AFTER)).not.toThrow();
		expect(written()).toEqual(before);
		expect(computeShortlist(db, s.cycleId, AFTER).confirmedAt).toBeNull();
	});

	it.each([
		['someone who may not moderate', () => addUser(db, { roles: ['bappeda'] }), [], AFTER, 'moderate'],
		['before the cut-off', () => facilitator, [], new Date(CUT_OFF.getTime() - 1), 'ticket_too_early'],
		[
			'a change without a real reason',
			() => facilitator,
			[{ change: 'skip', reason: ' singkat ' }],
			AFTER,
			'ticket_reason'
		],
		[
			'adding a winner',
			() => facilitator,
			[{ change: 'add', reason: REASON, top: true }],
			AFTER,
			'ticket_add_invalid'
		]
	] as const)('refuses what confirm refuses: %s', (_name, actor, changes, now, code) => {
		const before = written();
		const input = changes.map((c) => ({
			ideaId: 'top' in c ? s.ids.aTop : s.ids.bTop,
			change: c.change,
			reason: c.reason
		}));
		expect(thrown(() => checkConfirm(db, actor(), s.cycleId, input, now))).toMatchObject({ code });
		expect(written()).toEqual(before);
	});

	it('refuses a cycle already confirmed', () => {
		confirm(db, facilitator, s.cycleId, [], AFTER);
		expect(thrown(() => checkConfirm(db, facilitator, s.cycleId, [], AFTER))).toMatchObject({
			code: 'ticket_confirmed'
		});
	});
});
