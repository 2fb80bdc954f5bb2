import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, auditMembers, audits } from '../db/schema';
import * as api from './index';
import { facilitator, forumChild, KECAMATAN, makeFacility, makeTemplate, makeUser } from './test-helpers';

const DAY = 86_400_000;
const day = (offset: number) =>
	new Date(Date.now() + 7 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);

describe('starting an audit', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	makeTemplate(db, 'rbra');
	const latest = makeTemplate(db, 'rbra');
	const puskesmas = makeTemplate(db, 'puskesmas');
	const facility = makeFacility(db, 'rbra');
	const fac = facilitator(db);

	const input = (change: Partial<api.StartInput> = {}): api.StartInput => ({
		facilityId: facility.id,
		memberIds: [],
		facilitatorId: fac.id,
		auditDate: day(0),
		...change
	});
	const countAudits = () => db.select().from(audits).all().length;

	it("a Forum Anak member starts a draft on the type's latest checklist, credited to their kecamatan", () => {
		const starter = forumChild(db);
		const member = forumChild(db);
		const id = api.start(db, starter, input({ memberIds: [member.id, member.id, starter.id] }));
		const audit = db.select().from(audits).where(eq(audits.id, id)).get();
		expect(audit).toMatchObject({
			status: 'draf',
			templateId: latest.id,
			createdBy: starter.id,
			facilitatorId: fac.id,
			forumKecamatanCode: KECAMATAN
		});
		const members = db.select().from(auditMembers).where(eq(auditMembers.auditId, id)).all();
		expect(members.map((m) => [m.userId, m.role]).sort()).toEqual(
			[
				[starter.id, 'anggota'],
				[member.id, 'anggota'],
				[fac.id, 'fasilitator']
			].sort()
		);
		expect(
			db
				.select()
				.from(auditLog)
				.where(eq(auditLog.targetId, String(id)))
				.all()
		).toMatchObject([{ action: 'audit.start', actorId: starter.id, targetType: 'audit' }]);
	});

	it('uses the checklist of the facility type', () => {
		const id = api.start(db, forumChild(db), input({ facilityId: makeFacility(db, 'puskesmas').id }));
		expect(db.select().from(audits).where(eq(audits.id, id)).get()?.templateId).toBe(puskesmas.id);
	});

	it.each([
		['an ordinary child', () => makeUser(db), 'audit_not_forum'],
		['a facilitator', () => facilitator(db), 'audit_not_forum'],
		['a Forum Anak member who turned 18', () => forumChild(db, 18), 'audit_not_forum']
	])('refuses %s and writes nothing', (_name, who, code) => {
		const before = countAudits();
		expect(() => api.start(db, who(), input())).toThrow(code);
		expect(countAudits()).toBe(before);
	});

	it.each([
		['an unknown facility', () => ({ facilityId: 99_999 }), 'audit_facility'],
		['an ordinary child in the team', () => ({ memberIds: [makeUser(db).id] }), 'audit_member'],
		['a staff account in the team', () => ({ memberIds: [fac.id] }), 'audit_member'],
		['an 18-year-old in the team', () => ({ memberIds: [forumChild(db, 18).id] }), 'audit_member'],
		['an unknown account in the team', () => ({ memberIds: ['nobody'] }), 'audit_member'],
		[
			'a team that is too big',
			() => ({ memberIds: Array.from({ length: 11 }, () => forumChild(db).id) }),
			'audit_team_size'
		],
		[
			'a facilitator without the role',
			() => ({ facilitatorId: makeUser(db, { kind: 'staff', roles: ['opd'] }).id }),
			'audit_facilitator'
		],
		['a child as facilitator', () => ({ facilitatorId: forumChild(db).id }), 'audit_facilitator'],
		['a day that does not exist', () => ({ auditDate: '2027-02-30' }), 'audit_date'],
		['a date far ahead', () => ({ auditDate: day(120) }), 'audit_date'],
		['a date long ago', () => ({ auditDate: day(-400) }), 'audit_date']
	])('refuses %s and writes nothing', (_name, change, code) => {
		const starter = forumChild(db);
		const before = countAudits();
		const members = db.select().from(auditMembers).all().length;
		expect(() => api.start(db, starter, input(change()))).toThrow(code);
		expect(countAudits()).toBe(before);
		expect(db.select().from(auditMembers).all().length).toBe(members);
	});

	it('refuses a facility type without a checklist yet', () => {
		const fresh = createTestDb();
		try {
			const f = makeFacility(fresh.db, 'puskesmas');
			const who = forumChild(fresh.db);
			const facil = facilitator(fresh.db);
			expect(() =>
				api.start(fresh.db, who, { ...input(), facilityId: f.id, facilitatorId: facil.id })
			).toThrow('audit_no_template');
		} finally {
			fresh.cleanup();
		}
	});

	it('offers active Forum Anak children (not me, not adults) and facilitators', () => {
		const me = forumChild(db);
		const peer = forumChild(db);
		const adult = forumChild(db, 18);
		const ids = api.teamCandidates(db, me).map((c) => c.id);
		expect(ids).toContain(peer.id);
		expect(ids).not.toContain(me.id);
		expect(ids).not.toContain(adult.id);
		expect(api.facilitatorChoices(db).map((f) => f.id)).toContain(fac.id);
	});

	it('filters facilities by kecamatan and name', () => {
		makeFacility(db, 'puskesmas', 'Puskesmas Sungai Raya');
		expect(api.facilityChoices(db, { q: 'sungai raya' }).map((f) => f.name)).toEqual([
			'Puskesmas Sungai Raya'
		]);
		expect(api.facilityChoices(db, { kecamatanCode: '61.07.02' })).toEqual([]);
		expect(api.facilityChoices(db, { kecamatanCode: KECAMATAN }).length).toBeGreaterThan(1);
	});
});
