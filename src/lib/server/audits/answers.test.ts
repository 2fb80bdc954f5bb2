import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditAnswerHistory, auditAnswers, auditLog, audits, type AuditStatus } from '../db/schema';
import * as api from './index';
import { facilitator, forumChild, makeAudit, makeTemplate, makeUser } from './test-helpers';

describe('saving answers', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	beforeAll(() => {
		makeTemplate(db, 'rbra');
	});

	const rows = (id: number) => ({
		answers: db.select().from(auditAnswers).where(eq(auditAnswers.auditId, id)).all(),
		history: db.select().from(auditAnswerHistory).where(eq(auditAnswerHistory.auditId, id)).all()
	});
	const setStatus = (id: number, status: AuditStatus) =>
		db.update(audits).set({ status }).where(eq(audits.id, id)).run();
	const soon = (ms: number) => Date.now() + ms;

	it('a team member saves answers; the phone gets back what is kept', () => {
		const a = makeAudit(db);
		const at = soon(-5000);
		const saved = api.saveAnswers(db, a.starter, a.id, [
			{ itemCode: 'T1.1', answer: 'tidak', note: '  pagar rusak ', answeredAt: at },
			{ itemCode: 'T1.2', answer: 'tb', note: '', answeredAt: at }
		]);
		expect(saved).toEqual([
			{
				itemCode: 'T1.1',
				outcome: 'saved',
				current: { answer: 'tidak', note: 'pagar rusak', answeredAt: at }
			},
			{ itemCode: 'T1.2', outcome: 'saved', current: { answer: 'tb', note: null, answeredAt: at } }
		]);
		expect(rows(a.id).answers).toHaveLength(2);
		expect(rows(a.id).answers[0]).toMatchObject({ answeredBy: a.starter.id });
	});

	it.each([
		['a Forum Anak member outside the team', (d: typeof db) => forumChild(d)],
		['an ordinary child', (d: typeof db) => makeUser(d)],
		['a facilitator (even the audit’s own)', null],
		['another facilitator', (d: typeof db) => facilitator(d)]
	])('refuses %s and writes nothing', (_name, who) => {
		const a = makeAudit(db);
		const actor = who ? who(db) : a.facilitator;
		expect(() =>
			api.saveAnswers(db, actor, a.id, [{ itemCode: 'T1.1', answer: 'ya', answeredAt: Date.now() }])
		).toThrow('audit_not_member');
		expect(rows(a.id).answers).toEqual([]);
	});

	it('refuses a team member who turned 18, saying audits are for Forum Anak members under 18', () => {
		const a = makeAudit(db);
		const adult = { ...a.member, birthYear: new Date().getFullYear() - 19 };
		expect(() =>
			api.saveAnswers(db, adult, a.id, [{ itemCode: 'T1.1', answer: 'ya', answeredAt: Date.now() }])
		).toThrow('audit_not_forum');
	});

	it.each([
		['diajukan', true],
		['diterbitkan', true],
		['dikembalikan', false],
		['draf', false]
	] as const)('while the audit is %s: refused = %s', (status, refused) => {
		const a = makeAudit(db);
		setStatus(a.id, status);
		const save = () =>
			api.saveAnswers(db, a.member, a.id, [{ itemCode: 'T2.1', answer: 'ya', answeredAt: Date.now() }]);
		if (refused) {
			expect(save).toThrow('audit_not_editable');
			expect(rows(a.id).answers).toEqual([]);
		} else expect(save()[0]?.outcome).toBe('saved');
	});

	it('refuses a whole request when one item code is not in the audit’s checklist version', () => {
		const a = makeAudit(db);
		expect(() =>
			api.saveAnswers(db, a.starter, a.id, [
				{ itemCode: 'T1.1', answer: 'ya', answeredAt: Date.now() },
				{ itemCode: 'R1.1', answer: 'ya', answeredAt: Date.now() }
			])
		).toThrow('audit_item_unknown');
		expect(rows(a.id).answers).toEqual([]);
	});

	it.each([
		['an unknown answer', { answer: 'mungkin' }, 'audit_answer'],
		['a note that is too long', { note: 'x'.repeat(1001) }, 'audit_note_long'],
		['a time that is no time', { answeredAt: Number.NaN }, 'audit_answered_at']
	])('refuses %s', (_name, change, code) => {
		const a = makeAudit(db);
		expect(() =>
			api.saveAnswers(db, a.starter, a.id, [
				{ itemCode: 'T1.1', answer: 'ya', answeredAt: Date.now(), ...change }
			])
		).toThrow(code);
		expect(rows(a.id).answers).toEqual([]);
	});

	it('refuses an empty request and one with too many answers', () => {
		const a = makeAudit(db);
		expect(() => api.saveAnswers(db, a.starter, a.id, [])).toThrow('audit_answers_empty');
		const many = Array.from({ length: 101 }, () => ({
			itemCode: 'T1.1',
			answer: 'ya',
			answeredAt: Date.now()
		}));
		expect(() => api.saveAnswers(db, a.starter, a.id, many)).toThrow('audit_answers_too_many');
	});

	it('two members answer the same item: the later answer wins and the earlier is kept in history', () => {
		const a = makeAudit(db);
		// The later answer reaches the server first; the earlier one comes when its phone is back online.
		api.saveAnswers(db, a.member, a.id, [{ itemCode: 'T1.1', answer: 'tidak', answeredAt: soon(-1000) }]);
		const late = api.saveAnswers(db, a.starter, a.id, [
			{ itemCode: 'T1.1', answer: 'ya', answeredAt: soon(-9000) }
		]);
		expect(late[0]).toMatchObject({ outcome: 'older', current: { answer: 'tidak' } });
		const { answers, history } = rows(a.id);
		expect(answers).toMatchObject([{ answer: 'tidak', answeredBy: a.member.id }]);
		expect(history).toMatchObject([{ itemCode: 'T1.1', answer: 'ya', answeredBy: a.starter.id }]);
		// A still later answer replaces it; the replaced one joins the history.
		api.saveAnswers(db, a.starter, a.id, [{ itemCode: 'T1.1', answer: 'sebagian', answeredAt: soon(-500) }]);
		expect(rows(a.id).answers).toMatchObject([{ answer: 'sebagian', answeredBy: a.starter.id }]);
		expect(
			rows(a.id)
				.history.map((h) => h.answer)
				.sort()
		).toEqual(['tidak', 'ya']);
	});

	it('a retry after a dropped connection stores nothing twice', () => {
		const a = makeAudit(db);
		const first = [
			{ itemCode: 'T1.1', answer: 'ya', answeredAt: soon(-8000) },
			{ itemCode: 'T1.2', answer: 'tidak', answeredAt: soon(-7000) }
		];
		api.saveAnswers(db, a.starter, a.id, [{ itemCode: 'T1.1', answer: 'tidak', answeredAt: soon(-1000) }]);
		api.saveAnswers(db, a.member, a.id, first);
		const before = rows(a.id);
		const again = api.saveAnswers(db, a.member, a.id, first);
		expect(again.map((s) => s.outcome)).toEqual(['unchanged', 'unchanged']);
		expect(rows(a.id)).toEqual(before);
		expect(before.history).toHaveLength(1);
	});

	it('an answer time in the future counts as now', () => {
		const a = makeAudit(db);
		const now = new Date();
		api.saveAnswers(
			db,
			a.starter,
			a.id,
			[{ itemCode: 'T1.1', answer: 'ya', answeredAt: now.getTime() + 86_400_000 }],
			now
		);
		expect(rows(a.id).answers[0]?.answeredAt).toEqual(now);
	});
});

describe('submitting for review', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	beforeAll(() => {
		makeTemplate(db, 'rbra');
	});
	const all = ['T1.1', 'T1.2', 'T2.1'].map((itemCode) => ({
		itemCode,
		answer: 'ya',
		answeredAt: Date.now()
	}));
	const status = (id: number) => db.select().from(audits).where(eq(audits.id, id)).get()?.status;

	it('is refused while items are unanswered, and says which', () => {
		const a = makeAudit(db);
		api.saveAnswers(db, a.starter, a.id, all.slice(0, 2));
		let error: unknown;
		try {
			api.submit(db, a.member, a.id);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(api.Unanswered);
		expect((error as api.Unanswered).missing).toEqual(['T2.1']);
		expect(status(a.id)).toBe('draf');
	});

	it('hands a complete audit to review; then answers can no longer change', () => {
		const a = makeAudit(db);
		api.saveAnswers(db, a.starter, a.id, all);
		api.submit(db, a.member, a.id);
		expect(db.select().from(audits).where(eq(audits.id, a.id)).get()).toMatchObject({
			status: 'diajukan',
			submittedAt: expect.any(Date)
		});
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'audit.submit')).all()).toMatchObject([
			{ actorId: a.member.id, targetId: String(a.id) }
		]);
		expect(() => api.saveAnswers(db, a.starter, a.id, all)).toThrow('audit_not_editable');
		expect(() => api.submit(db, a.starter, a.id)).toThrow('audit_not_editable');
	});

	it('a sent-back audit can be submitted again', () => {
		const a = makeAudit(db);
		api.saveAnswers(db, a.starter, a.id, all);
		db.update(audits).set({ status: 'dikembalikan' }).where(eq(audits.id, a.id)).run();
		api.submit(db, a.starter, a.id);
		expect(status(a.id)).toBe('diajukan');
	});

	it('only team members submit', () => {
		const a = makeAudit(db);
		api.saveAnswers(db, a.starter, a.id, all);
		expect(() => api.submit(db, a.facilitator, a.id)).toThrow('audit_not_member');
		expect(() => api.submit(db, forumChild(db), a.id)).toThrow('audit_not_member');
		expect(() => api.submit(db, a.starter, 99_999)).toThrow('audit_not_found');
		expect(status(a.id)).toBe('draf');
	});
});
