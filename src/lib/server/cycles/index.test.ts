import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, cycles as cyclesTable, userRoles, users } from '../db/schema';
import { Invalid, NotFound } from '../errors';
import * as cycles from '.';
import { fromDays, type CycleDays } from './calendar';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

let adminId: string;
beforeAll(() => {
	adminId = crypto.randomUUID();
	db.insert(users).values({ id: adminId, username: 'admin', passwordHash: 'x', kind: 'staff' }).run();
	db.insert(userRoles).values({ userId: adminId, role: 'admin' }).run();
});

const RULES = {
	voteBudget: 5,
	minVotesForTicket: 10,
	ticketsPerKecamatan: 2,
	ticketsForKabupaten: 5,
	reportsToHide: 3,
	answerDays: 30
};

function input(name: string, opens: string, closes: string, review: string, deadline: string) {
	const days: CycleDays = {
		name,
		planYear: Number(opens.slice(0, 4)) + 1,
		opensAt: opens,
		votingClosesAt: closes,
		reviewStartsAt: review,
		reviewDeadlineAt: deadline,
		...RULES
	};
	return fromDays(days);
}

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

const rowCount = () => db.select({ n: count() }).from(cyclesTable).get()?.n;
const auditCount = () => db.select({ n: count() }).from(auditLog).get()?.n;
const wib = (iso: string) => new Date(`${iso}+07:00`);

// Two cycles a year apart; each test file has its own database, so these are the only ones.
const A = input('Musrenbang Anak 2027', '2027-01-05', '2027-03-31', '2027-04-15', '2027-05-15');
const B = input('Musrenbang Anak 2028', '2028-01-05', '2028-03-31', '2028-04-15', '2028-05-15');
let aId: number;
let bId: number;

describe('create', () => {
	it('stores the cycle with its rules and records who created it', () => {
		aId = cycles.create(db, adminId, A);
		expect(cycles.get(db, aId, wib('2027-02-01T12:00'))).toMatchObject({ ...A, id: aId, phase: 'open' });
		const log = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, String(aId)))
			.all();
		expect(log.map((r) => [r.action, r.actorId, r.targetType, r.details])).toEqual([
			['cycle.create', adminId, 'cycle', { name: A.name }]
		]);
		bId = cycles.create(db, adminId, B);
		expect(rowCount()).toBe(2);
	});

	it.each([
		[
			'cut-off before opening',
			{ votingClosesAt: wib('2029-01-01T00:00') },
			'votingClosesAt',
			'cycle_cutoff_order'
		],
		[
			'golden tickets before the cut-off',
			{ reviewStartsAt: wib('2029-03-01T00:00') },
			'reviewStartsAt',
			'cycle_review_order'
		],
		[
			'deadline before the golden tickets',
			{ reviewDeadlineAt: wib('2029-04-01T00:00') },
			'reviewDeadlineAt',
			'cycle_deadline_order'
		]
	])('refuses %s, names the field and writes nothing', (_name, change, field, code) => {
		const before = [rowCount(), auditCount()];
		const base = input('Musrenbang Anak 2029', '2029-01-05', '2029-03-31', '2029-04-15', '2029-05-15');
		const e = thrown(() => cycles.create(db, adminId, { ...base, ...change }));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code, field });
		expect([rowCount(), auditCount()]).toEqual(before);
	});

	it.each([
		['opens inside the other', '2027-03-01', '2027-06-30', 'opensAt'],
		['runs into the other', '2026-11-01', '2027-01-05', 'votingClosesAt'],
		['wraps around the other', '2026-11-01', '2027-06-30', 'votingClosesAt']
	])('refuses a cycle whose open phase %s, naming it, and writes nothing', (_name, opens, closes, field) => {
		const before = [rowCount(), auditCount()];
		const e = thrown(() =>
			cycles.create(db, adminId, input('Siklus bentrok', opens, closes, '2027-07-15', '2027-08-15'))
		);
		expect(e).toBeInstanceOf(cycles.CycleOverlap);
		expect(e).toMatchObject({ code: 'cycle_overlap', field, other: { id: aId, name: A.name } });
		expect([rowCount(), auditCount()]).toEqual(before);
	});

	it('accepts a cycle that opens the day after the other closes, even while the other is in review', () => {
		const id = cycles.create(
			db,
			adminId,
			input('Musrenbang Anak 2027 susulan', '2027-04-01', '2027-06-30', '2027-07-15', '2027-08-15')
		);
		expect(cycles.get(db, id).opensAt.getTime()).toBe(A.votingClosesAt.getTime() + 1);
		db.delete(cyclesTable).where(eq(cyclesTable.id, id)).run();
	});
});

describe('update', () => {
	it('saves new dates and rules, and logs what changed', () => {
		const changed = { ...A, votingClosesAt: wib('2027-04-05T23:59:59.999'), voteBudget: 7 };
		cycles.update(db, adminId, aId, changed);
		expect(cycles.get(db, aId)).toMatchObject({ voteBudget: 7, votingClosesAt: changed.votingClosesAt });
		const last = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, String(aId)))
			.all()
			.at(-1);
		expect(last).toMatchObject({ action: 'cycle.update', actorId: adminId });
		expect(last?.details).toEqual({
			name: A.name,
			changes: {
				votingClosesAt: [A.votingClosesAt.toISOString(), changed.votingClosesAt.toISOString()],
				voteBudget: [5, 7]
			}
		});
	});

	it('does not clash with itself when a cycle keeps its own dates', () => {
		const { id: _id, createdAt: _at, phase: _phase, ...own } = cycles.get(db, aId);
		cycles.update(db, adminId, aId, { ...own, name: 'Musrenbang Anak 2027 (ubah)' });
		expect(cycles.get(db, aId)).toMatchObject({ ...own, name: 'Musrenbang Anak 2027 (ubah)' });
	});

	it('refuses to move a cycle onto another one and leaves it as it was', () => {
		const before = cycles.get(db, bId);
		const logs = auditCount();
		const e = thrown(() =>
			cycles.update(db, adminId, bId, { ...B, opensAt: wib('2027-03-01T00:00'), name: 'Pindah' })
		);
		expect(e).toMatchObject({ code: 'cycle_overlap', field: 'opensAt', other: { id: aId } });
		expect(cycles.get(db, bId)).toEqual(before);
		expect(auditCount()).toBe(logs);
	});

	it('refuses dates out of order on update too', () => {
		const e = thrown(() => cycles.update(db, adminId, bId, { ...B, reviewDeadlineAt: B.reviewStartsAt }));
		expect(e).toMatchObject({ code: 'cycle_deadline_order', field: 'reviewDeadlineAt' });
	});

	it('says when the cycle does not exist', () => {
		expect(thrown(() => cycles.update(db, adminId, 99_999, B))).toBeInstanceOf(NotFound);
		expect(thrown(() => cycles.get(db, 99_999))).toBeInstanceOf(NotFound);
	});
});

type Which = 'A' | 'B' | null;

describe('choosing a cycle', () => {
	// A: open 2027-01-05 … 2027-04-05 (cut-off moved above), review 2027-04-15 … 2027-05-15.
	// B: open 2028-01-05 … 2028-03-31, review 2028-04-15 … 2028-05-15.
	it.each<[string, Which, Which, Which]>([
		// moment (WIB)            open  current  forNewIdea
		['2026-12-01T10:00', null, 'A', 'A'],
		['2027-01-05T00:00', 'A', 'A', 'A'],
		['2027-04-05T23:59', 'A', 'A', 'A'],
		['2027-04-06T00:00', null, 'A', 'B'],
		['2027-04-20T12:00', null, 'A', 'B'],
		['2027-05-16T00:00', null, 'B', 'B'],
		['2028-02-01T08:00', 'B', 'B', 'B'],
		['2028-04-20T08:00', null, 'B', null],
		['2028-06-01T08:00', null, 'B', null]
	])('at %s: open %s, current %s, new ideas go to %s', (moment, open, current, forNewIdea) => {
		const now = wib(moment);
		const id = (c: { id: number } | undefined) =>
			c ? (c.id === aId ? 'A' : c.id === bId ? 'B' : c.id) : null;
		expect([id(cycles.open(db, now)), id(cycles.current(db, now)), id(cycles.forNewIdea(db, now))]).toEqual([
			open,
			current,
			forNewIdea
		]);
	});

	it('gives each cycle its phase at that moment', () => {
		const now = wib('2027-04-20T12:00');
		expect(cycles.current(db, now)?.phase).toBe('in_review');
		expect(cycles.forNewIdea(db, now)?.phase).toBe('upcoming');
		expect(cycles.list(db, now).map((c) => [c.id, c.phase])).toEqual([
			[bId, 'upcoming'],
			[aId, 'in_review']
		]);
	});

	it('prefills a new cycle after the latest cut-off', () => {
		expect(cycles.newCycleDates(db, wib('2027-02-01T12:00'))).toMatchObject({
			opensAt: '2028-04-01',
			planYear: B.planYear + 1
		});
	});
});
