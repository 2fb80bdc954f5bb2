import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, auditMembers, audits, users } from '../db/schema';
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
		members: [],
		facilitatorId: fac.id,
		auditDate: day(0),
		...change
	});
	const countAudits = () => db.select().from(audits).all().length;
	/** Gives a test account a nickname of its own (the helpers' nickname is the account id). */
	const named = <T extends { id: string; username: string }>(user: T, nickname: string): T => {
		db.update(users).set({ username: nickname }).where(eq(users.id, user.id)).run();
		return { ...user, username: nickname };
	};

	it("a Forum Anak member starts a draft on the type's latest checklist, credited to their kecamatan", () => {
		const starter = forumChild(db);
		const member = named(forumChild(db), 'Sinta');
		// Team mates come by the nickname the form shows, once each, and never the starter twice.
		const id = api.start(db, starter, input({ members: ['Sinta', 'sinta', starter.username] }));
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
		['an ordinary child in the team', () => ({ members: [makeUser(db).username] }), 'audit_member'],
		['a staff account in the team', () => ({ members: [fac.username] }), 'audit_member'],
		['an 18-year-old in the team', () => ({ members: [forumChild(db, 18).username] }), 'audit_member'],
		['an unknown nickname in the team', () => ({ members: ['nobody'] }), 'audit_member'],
		[
			'an account id instead of a nickname',
			() => ({ members: [named(forumChild(db), `Dewi${Date.now()}`).id] }),
			'audit_member'
		],
		[
			'a team that is too big',
			() => ({ members: Array.from({ length: 11 }, () => forumChild(db).username) }),
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
		const me = named(forumChild(db), 'Aku');
		const peer = named(forumChild(db), 'Teman');
		const adult = named(forumChild(db, 18), 'Dewasa');
		const nicknames = api.teamCandidates(db, me).map((c) => c.nickname);
		expect(nicknames).toContain('Teman');
		expect(nicknames).not.toContain('Aku');
		expect(nicknames).not.toContain('Dewasa');
		expect(api.facilitatorChoices(db).map((f) => f.id)).toContain(fac.id);
		expect(peer.id).not.toBe(adult.id);
	});

	it('shows the team choices by nickname and desa only: no account id reaches the child', () => {
		const me = forumChild(db);
		const peer = named(forumChild(db), 'Rani');
		const offered = api.teamCandidates(db, me);
		expect(offered.find((c) => c.nickname === 'Rani')).toEqual({ nickname: 'Rani', desaName: 'Sungai Duri' });
		expect(JSON.stringify(offered)).not.toContain(peer.id);
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
