import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFindings, auditLog, findingEvents } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { answer, auditInProgress, check, markFixed } from './findings';
import { facilityPage, findingForOpd, forOpd } from './read';
import { publish } from './review';
import * as templates from './templates';
import { answerAll, makeAudit, makeFacility, makeUser, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
beforeAll(() => prepare(db));

const NOW = new Date('2027-03-10T03:00:00Z'); // 10:00 WIB
const tally = () => ({
	events: db.select({ n: count() }).from(findingEvents).get()?.n,
	log: db.select({ n: count() }).from(auditLog).get()?.n
});
const row = (id: number) => db.select().from(auditFindings).where(eq(auditFindings.id, id)).get()!;

/** A published Puskesmas audit run by Dinkes with two findings; returns the findings' ids. */
function published(opd: string | null = 'dinkes') {
	const child = makeUser(db, ['anak', 'forum_anak']);
	const facility = makeFacility(db, 'puskesmas', opd);
	const content = templates.latest(db, 'puskesmas')!.content;
	const auditId = makeAudit(db, {
		facilityId: facility.id,
		members: [child],
		daysAgo: 30,
		answers: answerAll(content, 'ya', { 'P2.1': 'tidak', 'P4.1': 'tidak' })
	});
	publish(db, makeUser(db, ['fasilitator']), auditId, new Date(NOW.getTime() - 20 * 86_400_000));
	const ids = db
		.select({ id: auditFindings.id })
		.from(auditFindings)
		.where(eq(auditFindings.auditId, auditId))
		.all()
		.map((f) => f.id);
	return { facility, auditId, child, ids: ids as [number, number] };
}

const plan = { plan: 'Ruang tunggu anak dibuat di sayap timur.', targetDay: '2027-04-30' };

describe('the agency answers a finding', () => {
	it('records the plan and the target day (to the end of that day, WIB), with an event and a log entry', () => {
		const { ids } = published();
		const dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
		answer(db, dinkes, ids[0], plan, NOW);
		expect(row(ids[0])).toMatchObject({
			status: 'direncanakan',
			plan: plan.plan,
			targetDate: new Date('2027-04-30T16:59:59.999Z')
		});
		const events = db.select().from(findingEvents).where(eq(findingEvents.findingId, ids[0])).all();
		expect(events).toMatchObject([{ kind: 'plan', actorRole: 'opd', actorId: dinkes.id }]);
	});

	it.each([
		['staff of another agency', () => makeUser(db, ['opd'], { opd: 'dlh' }), Forbidden],
		['an OPD account with no agency', () => makeUser(db, ['opd']), Forbidden],
		['a facilitator', () => makeUser(db, ['fasilitator']), Forbidden],
		['an admin', () => makeUser(db, ['admin']), Forbidden]
	] as const)('refuses %s and writes nothing', async (_, who, error) => {
		const { ids } = published();
		const before = tally();
		expect(() => answer(db, who(), ids[0], plan, NOW)).toThrow(error);
		await expect(markFixed(db, who(), ids[0], { note: '' }, null, NOW)).rejects.toThrow(error);
		expect(row(ids[0]).status).toBe('terbuka');
		expect(tally()).toEqual(before);
	});

	it('refuses a finding of a facility with no agency', () => {
		const { ids } = published(null);
		expect(() => answer(db, makeUser(db, ['opd'], { opd: 'dinkes' }), ids[0], plan, NOW)).toThrow(Forbidden);
	});

	it.each([
		['a short plan', { plan: 'Nanti', targetDay: '2027-04-30' }, 'plan'],
		['a day in the past', { ...plan, targetDay: '2027-03-09' }, 'targetDay'],
		['a day four years ahead', { ...plan, targetDay: '2031-03-10' }, 'targetDay'],
		['a day that does not exist', { ...plan, targetDay: '2027-02-30' }, 'targetDay']
	])('refuses %s next to its field', (_, input, field) => {
		const { ids } = published();
		const before = tally();
		const run = () => answer(db, makeUser(db, ['opd'], { opd: 'dinkes' }), ids[0], input, NOW);
		expect(run).toThrow(Invalid);
		try {
			run();
		} catch (e) {
			expect((e as Invalid).field).toBe(field);
		}
		expect(tally()).toEqual(before);
	});

	it('accepts today as the target day', () => {
		const { ids } = published();
		answer(db, makeUser(db, ['opd'], { opd: 'dinkes' }), ids[0], { ...plan, targetDay: '2027-03-10' }, NOW);
		expect(row(ids[0]).status).toBe('direncanakan');
	});

	it('is NotFound for an unknown finding', () => {
		expect(() => answer(db, makeUser(db, ['opd'], { opd: 'dinkes' }), 99_999, plan, NOW)).toThrow(NotFound);
	});
});

describe('marking a finding fixed', () => {
	it('keeps the note', async () => {
		const { ids } = published();
		const dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
		await markFixed(db, dinkes, ids[0], { note: ' Sudah dibuat. ' }, null, NOW);
		expect(row(ids[0])).toMatchObject({
			status: 'diperbaiki',
			fixedNote: 'Sudah dibuat.',
			fixedPhoto: null,
			fixedAt: NOW
		});
		// Once fixed, the agency cannot answer or fix it again until the Forum Anak reopens it.
		expect(() => answer(db, dinkes, ids[0], plan, NOW)).toThrow(Conflict);
		await expect(markFixed(db, dinkes, ids[0], { note: '' }, null, NOW)).rejects.toThrow(Conflict);
	});
});

describe('overdue', () => {
	it('marks a finding not fixed after its target day, and only that one', async () => {
		const { facility, ids } = published();
		const dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
		answer(db, dinkes, ids[0], { ...plan, targetDay: '2027-03-15' }, NOW);
		answer(db, dinkes, ids[1], { ...plan, targetDay: '2027-03-15' }, NOW);
		await markFixed(db, dinkes, ids[1], { note: '' }, null, NOW);
		const onTheDay = new Date('2027-03-15T16:00:00Z'); // 23:00 WIB on the target day
		const after = new Date('2027-03-15T17:00:00Z'); // 00:00 WIB the next day
		const overdue = (at: Date) =>
			facilityPage(db, facility.id, at)
				.findings.filter((f) => f.overdue)
				.map((f) => f.id);
		expect(overdue(onTheDay)).toEqual([]);
		expect(overdue(after)).toEqual([ids[0]]);
		expect(forOpd(db, dinkes, 'terbuka', after).findings.find((f) => f.id === ids[0])?.overdue).toBe(true);
	});
});

describe('the agency’s list', () => {
	it('shows only its own agency’s findings, and another agency’s finding is NotFound', () => {
		const mine = published('dinkes');
		const theirs = published('dlh');
		const dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
		const ids = forOpd(db, dinkes, 'semua').findings.map((f) => f.id);
		expect(ids).toEqual(expect.arrayContaining(mine.ids));
		expect(ids).not.toContain(theirs.ids[0]);
		expect(findingForOpd(db, dinkes, mine.ids[0]).item?.code).toBe('P2.1');
		expect(() => findingForOpd(db, dinkes, theirs.ids[0])).toThrow(NotFound);
		expect(() => forOpd(db, makeUser(db, ['fasilitator']))).toThrow(Forbidden);
	});
});

describe('the Forum Anak confirms or reopens at a later audit', () => {
	function later(facilityId: number, member = makeUser(db, ['anak', 'forum_anak'])) {
		return { member, auditId: makeAudit(db, { facilityId, members: [member], status: 'draf', daysAgo: 0 }) };
	}

	it('confirms a fixed finding (done) and reopens another (back to the agency, no longer overdue)', async () => {
		const { facility, ids } = published();
		const dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
		answer(db, dinkes, ids[0], plan, NOW);
		await markFixed(db, dinkes, ids[0], { note: '' }, null, NOW);
		await markFixed(db, dinkes, ids[1], { note: '' }, null, NOW);
		const { member, auditId } = later(facility.id);
		expect(auditInProgress(db, member, facility.id)).toBe(auditId);
		check(db, member, ids[0], auditId, 'confirmed', 'Sudah ada ruang tunggu anak.', NOW);
		check(db, member, ids[1], auditId, 'reopened', 'SK belum ada.', NOW);
		expect(row(ids[0])).toMatchObject({ status: 'selesai', checkedInAuditId: auditId });
		expect(row(ids[1])).toMatchObject({ status: 'terbuka', targetDate: null, fixedAt: null });
		const kinds = db.select().from(findingEvents).where(eq(findingEvents.actorId, member.id)).all();
		expect(kinds.map((e) => [e.kind, e.actorRole])).toEqual([
			['confirmed', 'forum_anak'],
			['reopened', 'forum_anak']
		]);
		// Reopened, the agency answers again.
		answer(db, dinkes, ids[1], plan, NOW);
		expect(row(ids[1]).status).toBe('direncanakan');
	});

	type Case = (facilityId: number) => { who: ReturnType<typeof makeUser>; audit: number };
	const cases: [string, Case][] = [
		[
			'a child who is not in the later audit',
			(f) => ({ who: makeUser(db, ['anak', 'forum_anak']), audit: later(f).auditId })
		],
		[
			'a member of a later audit of another facility',
			() => {
				const other = later(makeFacility(db).id);
				return { who: other.member, audit: other.auditId };
			}
		],
		[
			'the companion facilitator of the later audit',
			(f) => {
				const companion = makeUser(db, ['fasilitator']);
				return {
					who: companion,
					audit: makeAudit(db, { facilityId: f, members: [], facilitator: companion, status: 'draf' })
				};
			}
		],
		[
			'a Forum Anak member who turned 18',
			(f) => {
				const adult = later(f, makeUser(db, ['anak', 'forum_anak'], { age: 18 }));
				return { who: adult.member, audit: adult.auditId };
			}
		]
	];
	it.each(cases)('refuses %s and writes nothing', (_, make) => {
		const { facility, ids } = published();
		const { who, audit } = make(facility.id);
		const before = tally();
		expect(() => check(db, who, ids[0], audit, 'confirmed', '', NOW)).toThrow(Forbidden);
		expect(row(ids[0]).status).toBe('terbuka');
		expect(tally()).toEqual(before);
	});

	it.each(['diajukan', 'diterbitkan'] as const)(
		'refuses a later audit that is already %s, and writes nothing',
		async (status) => {
			const { facility, ids } = published();
			const dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
			await markFixed(db, dinkes, ids[0], { note: '' }, null, NOW);
			const member = makeUser(db, ['anak', 'forum_anak']);
			const done = makeAudit(db, { facilityId: facility.id, members: [member], status, daysAgo: 0 });
			const before = tally();
			for (const outcome of ['confirmed', 'reopened'] as const) {
				expect(() => check(db, member, ids[0], done, outcome, '', NOW)).toThrow(
					expect.objectContaining({ code: 'fac_check_audit_closed' })
				);
			}
			expect(row(ids[0])).toMatchObject({ status: 'diperbaiki', checkedInAuditId: null });
			expect(tally()).toEqual(before);
		}
	);

	it('accepts a later audit the facilitator sent back to the team (it is in progress again)', () => {
		const { facility, ids } = published();
		const member = makeUser(db, ['anak', 'forum_anak']);
		const returned = makeAudit(db, {
			facilityId: facility.id,
			members: [member],
			status: 'dikembalikan',
			daysAgo: 0
		});
		check(db, member, ids[0], returned, 'confirmed', '', NOW);
		expect(row(ids[0])).toMatchObject({ status: 'selesai', checkedInAuditId: returned });
	});

	it('refuses to check a finding in the audit it came from, or to reopen one that is still open', () => {
		const { facility, auditId, child, ids } = published();
		expect(() => check(db, child, ids[0], auditId, 'confirmed', '', NOW)).toThrow(Forbidden);
		const { member, auditId: laterId } = later(facility.id);
		expect(() => check(db, member, ids[0], laterId, 'reopened', '', NOW)).toThrow(Conflict);
	});
});
