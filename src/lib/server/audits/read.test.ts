import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { audits } from '../db/schema';
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
});
