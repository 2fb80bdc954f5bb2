import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, auditMembers, audits, users } from '../db/schema';
import * as api from './index';
import {
	choiceOf,
	facilitator,
	forumChild,
	KECAMATAN,
	makeFacility,
	makeTemplate,
	makeUser
} from './test-helpers';

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
		facilitator: choiceOf(db, fac.id),
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
			'a staff member without the role, by the name the form would show',
			() => ({ facilitator: `1/1:${makeUser(db, { kind: 'staff', roles: ['opd'] }).username}` }),
			'audit_facilitator_changed'
		],
		[
			'a child as facilitator, by nickname',
			() => ({ facilitator: `1/1:${forumChild(db).username}` }),
			'audit_facilitator_changed'
		],
		['an account id instead of a choice', () => ({ facilitator: fac.id }), 'audit_facilitator'],
		['no facilitator', () => ({ facilitator: '' }), 'audit_facilitator'],
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
				api.start(fresh.db, who, { ...input(), facilityId: f.id, facilitator: choiceOf(fresh.db, facil.id) })
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
		expect(api.facilitatorChoices(db).map((f) => f.name)).toContain(fac.username);
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

describe('choosing the facilitator by the name the form shows', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	makeTemplate(db, 'rbra');
	const facility = makeFacility(db, 'rbra');
	/** A facilitator with the display name the form shows (the helpers' accounts have none). */
	const shown = (name: string) => {
		const user = facilitator(db);
		db.update(users).set({ displayName: name }).where(eq(users.id, user.id)).run();
		return user;
	};
	const rina = shown('Kak Rina');
	const budi = [shown('Pak Budi'), shown('Pak Budi')].sort((a, b) => (a.id < b.id ? -1 : 1));
	const ani = shown('Bu Ani');
	const startWith = (choice: string) =>
		api.start(db, forumChild(db), {
			facilityId: facility.id,
			members: [],
			facilitator: choice,
			auditDate: day(0)
		});
	const facilitatorOf = (id: number) =>
		db
			.select({ userId: auditMembers.userId })
			.from(auditMembers)
			.where(and(eq(auditMembers.auditId, id), eq(auditMembers.role, 'fasilitator')))
			.get()?.userId;
	const choiceNamed = (name: string, nth = 0) =>
		api.facilitatorChoices(db).filter((f) => f.name === name)[nth]!.choice;

	it('offers them by name, in name order, and sends no account id to the browser', () => {
		const offered = api.facilitatorChoices(db);
		expect(offered.map((f) => f.name)).toEqual(['Bu Ani', 'Kak Rina', 'Pak Budi', 'Pak Budi']);
		const sent = JSON.stringify(offered);
		expect([rina, ...budi, ani].filter((f) => sent.includes(f.id))).toEqual([]);
	});

	it('maps the choice back to the one shown, two with the same name included', () => {
		expect(facilitatorOf(startWith(choiceNamed('Kak Rina')))).toBe(rina.id);
		expect(facilitatorOf(startWith(choiceNamed('Pak Budi', 0)))).toBe(budi[0]!.id);
		expect(facilitatorOf(startWith(choiceNamed('Pak Budi', 1)))).toBe(budi[1]!.id);
	});

	it('still picks the one chosen when another facilitator joined the list after the form was loaded', () => {
		const chosen = choiceNamed('Kak Rina');
		shown('Abdul');
		expect(facilitatorOf(startWith(chosen))).toBe(rina.id);
	});

	it.each([
		[
			'the facilitator chosen left',
			() => {
				const gone = shown('Kak Sari');
				const chosen = choiceNamed('Kak Sari');
				db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, gone.id)).run();
				return chosen;
			}
		],
		[
			'another facilitator with the same name came',
			() => {
				shown('Pak Dedi');
				const chosen = choiceNamed('Pak Dedi');
				shown('Pak Dedi');
				return chosen;
			}
		],
		[
			'one of two with the same name left',
			() => {
				const first = shown('Bu Wati');
				shown('Bu Wati');
				const chosen = choiceNamed('Bu Wati', 1);
				db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, first.id)).run();
				return chosen;
			}
		]
	])('refuses, and picks nobody else, when %s after the form was loaded', (_name, change) => {
		const chosen = change();
		const before = db.select().from(audits).all().length;
		expect(() => startWith(chosen)).toThrow('audit_facilitator_changed');
		expect(db.select().from(audits).all().length).toBe(before);
	});
});
