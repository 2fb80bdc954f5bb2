import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFindings, auditLog, audits, notifications, type AuditStatus } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { forReview, publish, queue, sendBack } from './review';
import * as templates from './templates';
import { answerAll, makeAudit, makeFacility, makeUser, opdId, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
beforeAll(() => prepare(db));

const tally = () => ({
	findings: db.select({ n: count() }).from(auditFindings).get()?.n,
	log: db.select({ n: count() }).from(auditLog).get()?.n,
	notes: db.select({ n: count() }).from(notifications).get()?.n
});
const auditRow = (id: number) => db.select().from(audits).where(eq(audits.id, id)).get();

function submitted(status: AuditStatus = 'diajukan') {
	const child = makeUser(db, ['anak', 'forum_anak']);
	const other = makeUser(db, ['anak', 'forum_anak']);
	const companion = makeUser(db, ['fasilitator']);
	const facility = makeFacility(db, 'puskesmas', 'dinkes');
	const content = templates.latest(db, 'puskesmas')!.content;
	const id = makeAudit(db, {
		facilityId: facility.id,
		members: [child, other],
		facilitator: companion,
		status,
		answers: answerAll(content, 'ya', {
			'P1.1': ['tidak', 'Tidak ada yang ditunjuk'],
			'P1.2': 'tidak',
			'P1.3': 'sebagian',
			'P3.8': 'tb'
		})
	});
	return { id, child, other, companion, facility };
}

describe('publish', () => {
	it.each([
		['a Forum Anak member', ['anak', 'forum_anak']],
		['an admin', ['admin']],
		['an OPD user', ['opd']],
		['a planner', ['bappeda']]
	] as const)('refuses %s and writes nothing', (_, roles) => {
		const { id } = submitted();
		const before = tally();
		expect(() => publish(db, makeUser(db, [...roles]), id)).toThrow(Forbidden);
		expect(auditRow(id)?.status).toBe('diajukan');
		expect(tally()).toEqual(before);
	});

	it.each(['draf', 'dikembalikan', 'diterbitkan'] as const)('refuses an audit that is %s', (status) => {
		const { id } = submitted(status);
		const before = tally();
		expect(() => publish(db, makeUser(db, ['fasilitator']), id)).toThrow(Conflict);
		expect(tally()).toEqual(before);
	});

	it('refuses an unknown audit', () => {
		expect(() => publish(db, makeUser(db, ['fasilitator']), 99_999)).toThrow(NotFound);
	});

	it('stores the scores, assigns every "Tidak" to the facility’s agency, logs and tells the team', () => {
		const { id, child, other, companion } = submitted();
		const facilitator = makeUser(db, ['fasilitator']);
		const now = new Date('2027-03-01T03:00:00Z');
		expect(publish(db, facilitator, id, now)).toEqual({ score: expect.any(Number), findings: 2 });
		const audit = auditRow(id)!;
		expect(audit).toMatchObject({ status: 'diterbitkan', publishedBy: facilitator.id, publishedAt: now });
		// 26 items: P3.8 not applicable; P1.1 (key, weight 2) and P1.2 no; P1.3 partly.
		// Weights: 5 key items × 2 + 20 others applicable = 30; points = 30 − 2 − 1 − 0.5 = 26.5.
		// Section P1: weights 2 + 1 + 1 + 1 + 1 = 6; points 0 + 0 + 0.5 + 1 + 1 = 2.5.
		expect(audit.score).toBe(Math.round((26.5 / 30) * 10_000) / 10_000);
		expect(audit.scores?.sections[0]).toEqual({ code: 'P1', score: Math.round((2.5 / 6) * 10_000) / 10_000 });
		const findings = db.select().from(auditFindings).where(eq(auditFindings.auditId, id)).all();
		expect(findings.map((f) => [f.itemCode, f.isKey, f.note, f.status, f.opdId])).toEqual([
			['P1.1', true, 'Tidak ada yang ditunjuk', 'terbuka', opdId(db, 'dinkes')],
			['P1.2', false, null, 'terbuka', opdId(db, 'dinkes')]
		]);
		const log = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, String(id)))
			.all();
		expect(log.map((l) => l.action)).toEqual(['audit.publish']);
		const notes = db.select().from(notifications).where(eq(notifications.kind, 'audit_published')).all();
		expect(
			notes
				.filter((n) => n.params?.auditId === id)
				.map((n) => n.userId)
				.sort()
		).toEqual([child.id, other.id].sort());
		expect(notes.some((n) => n.userId === companion.id)).toBe(false);
	});

	it('publishes only once when two facilitators press at the same time', () => {
		const { id } = submitted();
		publish(db, makeUser(db, ['fasilitator']), id);
		const before = tally();
		expect(() => publish(db, makeUser(db, ['fasilitator']), id)).toThrow(Conflict);
		expect(tally()).toEqual(before);
	});
});

describe('sendBack', () => {
	it('returns a submitted audit to the team with the comment, logged and notified', () => {
		const { id, child } = submitted();
		const facilitator = makeUser(db, ['fasilitator']);
		sendBack(db, facilitator, id, '  Tambahkan foto untuk P2.1, ya.  ');
		expect(auditRow(id)).toMatchObject({
			status: 'dikembalikan',
			reviewNote: 'Tambahkan foto untuk P2.1, ya.'
		});
		const log = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, String(id)))
			.get();
		expect(log).toMatchObject({ action: 'audit.send_back', actorId: facilitator.id });
		const note = db.select().from(notifications).where(eq(notifications.userId, child.id)).get();
		expect(note).toMatchObject({
			kind: 'audit_returned',
			params: { auditId: id, reason: 'Tambahkan foto untuk P2.1, ya.' }
		});
	});

	it.each([
		['a child', () => makeUser(db, ['anak', 'forum_anak']), 'Perbaiki ya', Forbidden],
		['a short comment', () => makeUser(db, ['fasilitator']), ' x ', Invalid],
		['a long comment', () => makeUser(db, ['fasilitator']), 'x'.repeat(1001), Invalid]
	] as const)('refuses %s and writes nothing', (_, who, comment, error) => {
		const { id } = submitted();
		const before = tally();
		expect(() => sendBack(db, who(), id, comment)).toThrow(error);
		expect(auditRow(id)).toMatchObject({ status: 'diajukan', reviewNote: null });
		expect(tally()).toEqual(before);
	});

	it('refuses an audit that is not waiting for review', () => {
		const { id } = submitted('draf');
		expect(() => sendBack(db, makeUser(db, ['fasilitator']), id, 'Perbaiki ya')).toThrow(Conflict);
		expect(auditRow(id)?.status).toBe('draf');
	});
});

describe('review reads', () => {
	it('lists submitted audits for facilitators only', () => {
		const { id } = submitted();
		expect(queue(db, makeUser(db, ['fasilitator'])).some((a) => a.id === id)).toBe(true);
		expect(() => queue(db, makeUser(db, ['anak', 'forum_anak']))).toThrow(Forbidden);
	});

	it('shows a submitted audit with a score preview, and hides a draft', () => {
		const { id } = submitted();
		const view = forReview(db, makeUser(db, ['fasilitator']), id);
		expect(view.preview.findings.map((f) => f.itemCode)).toEqual(['P1.1', 'P1.2']);
		expect(view.team).toHaveLength(3);
		const draft = submitted('draf');
		expect(() => forReview(db, makeUser(db, ['fasilitator']), draft.id)).toThrow(NotFound);
	});
});
