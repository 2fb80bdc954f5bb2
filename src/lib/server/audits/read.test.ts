import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { createTestDb } from '../db/test-db';
import { audits } from '../db/schema';
import { errorMessage } from '../error-messages';
import { DomainError } from '../errors';
import * as api from './index';
import { facilitator, forumChild, makeAudit, makeTemplate } from './test-helpers';

describe('reading audits', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	beforeAll(() => {
		makeTemplate(db, 'rbra');
	});

	it('lists my audits as a member or as the facilitator, with progress', () => {
		const a = makeAudit(db);
		api.saveAnswers(db, a.member, a.id, [{ itemCode: 'T1.1', answer: 'ya', answeredAt: Date.now() }]);
		expect(api.mine(db, a.member)).toMatchObject([
			{ id: a.id, status: 'draf', role: 'anggota', facilityName: a.facility.name, answered: 1, total: 3 }
		]);
		expect(api.mine(db, a.facilitator)).toMatchObject([{ id: a.id, role: 'fasilitator' }]);
		expect(api.mine(db, forumChild(db))).toEqual([]);
	});

	it('shows the fill screen with answers, progress per section and who may edit', () => {
		const a = makeAudit(db);
		api.saveAnswers(db, a.starter, a.id, [
			{ itemCode: 'T2.1', answer: 'tb', note: 'tidak ada', answeredAt: 1 }
		]);
		const view = api.forFilling(db, a.member, a.id);
		expect(view.canEdit).toBe(true);
		expect(view.answers).toEqual({ 'T2.1': { answer: 'tb', note: 'tidak ada', answeredAt: 1 } });
		expect(view.progress).toEqual([
			{ code: 'S1', total: 2, answered: 0 },
			{ code: 'S2', total: 1, answered: 1 }
		]);
		expect(view.audit.forumKecamatanName).toBeTruthy();
		expect(view.team.map((m) => m.role).sort()).toEqual(['anggota', 'anggota', 'fasilitator']);
		expect(api.forFilling(db, a.facilitator, a.id).canEdit).toBe(false);
		expect(api.forFilling(db, facilitator(db), a.id).canEdit).toBe(false);
		db.update(audits).set({ status: 'diajukan' }).where(eq(audits.id, a.id)).run();
		expect(api.forFilling(db, a.member, a.id).canEdit).toBe(false);
	});

	it('refuses the fill screen to someone outside the team', () => {
		const a = makeAudit(db);
		expect(() => api.forFilling(db, forumChild(db), a.id)).toThrow('audit_not_member');
		// Its facilitator, in a session without the role (a second factor still to set up).
		expect(() => api.forFilling(db, { ...a.facilitator, roles: [] }, a.id)).toThrow('audit_not_member');
		expect(() => api.forFilling(db, a.member, 99_999)).toThrow('audit_not_found');
	});

	it('tells a Forum Anak member outside the team that they are not in it, not that they lack the role', () => {
		const a = makeAudit(db);
		const refusal = (run: () => unknown) => {
			try {
				run();
			} catch (e) {
				return e instanceof DomainError ? errorMessage(e) : String(e);
			}
			return 'not refused';
		};
		const outsider = forumChild(db);
		const answer = [{ itemCode: 'T1.1', answer: 'ya' as const, answeredAt: Date.now() }];
		overwriteGetLocale(() => 'id');
		expect(refusal(() => api.forFilling(db, outsider, a.id))).toMatch(/^Kamu bukan anggota tim audit ini/);
		expect(refusal(() => api.saveAnswers(db, outsider, a.id, answer))).toMatch(
			/^Kamu bukan anggota tim audit ini/
		);
		expect(refusal(() => api.submit(db, outsider, a.id))).toMatch(/^Kamu bukan anggota tim audit ini/);
		overwriteGetLocale(() => 'en');
		expect(refusal(() => api.forFilling(db, outsider, a.id))).toMatch(/^You are not in this audit's team/);
		overwriteGetLocale(() => 'id');
		// A team member who turned 18 is in the team: the words say why they may not fill it.
		const adult = { ...a.member, birthYear: new Date().getFullYear() - 19 };
		expect(() => api.saveAnswers(db, adult, a.id, answer)).toThrow('audit_not_forum');
	});
});

describe('audits in progress, for facilitators', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	beforeAll(() => {
		makeTemplate(db, 'rbra');
	});
	const setStatus = (id: number, status: 'diajukan' | 'dikembalikan' | 'diterbitkan') =>
		db.update(audits).set({ status }).where(eq(audits.id, id)).run();

	it('lists drafts and sent-back audits with the team, when they started and how far they got', () => {
		const draft = makeAudit(db);
		api.saveAnswers(db, draft.member, draft.id, [
			{ itemCode: 'T1.1', answer: 'ya', answeredAt: Date.now() },
			{ itemCode: 'T2.1', answer: 'tb', answeredAt: Date.now() }
		]);
		const back = makeAudit(db);
		setStatus(back.id, 'dikembalikan');
		const submitted = makeAudit(db);
		setStatus(submitted.id, 'diajukan');
		const published = makeAudit(db);
		setStatus(published.id, 'diterbitkan');

		const list = api.inProgress(db, draft.facilitator);
		expect(list.map((a) => a.id)).toEqual([draft.id, back.id]);
		const [first, second] = list;
		expect(first).toMatchObject({
			status: 'draf',
			facilityName: draft.facility.name,
			answered: 2,
			total: 3,
			isMine: true
		});
		// Team members by nickname; the facilitator is not one of them.
		expect(first!.team).toEqual([draft.starter.username, draft.member.username].sort());
		expect(first!.startedAt).toBeInstanceOf(Date);
		expect(Date.now() - first!.startedAt.getTime()).toBeLessThan(60_000);
		expect(second).toMatchObject({ status: 'dikembalikan', answered: 0, total: 3, isMine: false });
	});

	it('reads a fixed number of queries however many audits there are', () => {
		const reader = facilitator(db);
		const count = () => {
			const prepare = vi.spyOn(db.$client, 'prepare');
			api.inProgress(db, reader);
			const n = prepare.mock.calls.length;
			prepare.mockRestore();
			return n;
		};
		makeAudit(db);
		const few = count();
		// The audits, their teams, their answers.
		expect(few).toBe(3);
		for (let i = 0; i < 4; i++) makeAudit(db);
		expect(count()).toBe(few);
	});

	it('is for facilitators only', () => {
		makeAudit(db);
		expect(() => api.inProgress(db, forumChild(db))).toThrow('fac_forbidden');
	});
});
