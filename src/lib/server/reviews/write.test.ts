import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog, ideas, notifications, proposalEvents, proposals, users } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as reviews from './index';
import { makeOpdUser, makeProposal, opdId, vote } from './test-helpers';

const accept = {
	status: 'diterima',
	programName: 'Program Penerangan Jalan Lingkungan',
	planYear: 0,
	amount: 120_000_000
} as const;

describe('reviews: decisions, agency assignment and progress notes', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	const cycle = makeCycle(db);
	const year = cycle.planYear;
	const bappeda = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
	const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
	const admin = makeUser(db, { kind: 'staff', roles: ['admin'] });
	const dinkes = makeOpdUser(db, 'dinkes');
	const pupr = makeOpdUser(db, 'pupr');
	const child = makeUser(db, { verified: true });

	function fresh(status: 'diajukan' | 'disusun' = 'diajukan', opdCode?: string) {
		const author = makeUser(db);
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		const p = makeProposal(db, idea, { status, opdId: opdCode ? opdId(db, opdCode) : null });
		return { author, idea, p };
	}
	const row = (id: number) => db.select().from(proposals).where(eq(proposals.id, id)).get()!;
	const events = (id: number) =>
		db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, id)).all();
	const notes = (ideaId: number) =>
		db.select().from(notifications).where(eq(notifications.ideaId, ideaId)).all();
	const logs = (id: number) =>
		db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetType, 'proposal'), eq(auditLog.targetId, String(id))))
			.all();

	it('accepts with program, year and amount: timeline, notifications and log in one go', () => {
		const { author, idea, p } = fresh();
		const fan1 = makeUser(db, { verified: true });
		const fan2 = makeUser(db, { verified: true });
		const gone = makeUser(db, { verified: true });
		for (const u of [fan1, fan2, gone]) vote(db, cycle.id, idea.id, u.id);
		db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id)).run();
		// An idea merged into this one: its author hears about the outcome too.
		const twinAuthor = makeUser(db);
		const twin = makeIdea(db, twinAuthor, { cycleId: cycle.id, status: 'digabung' });
		db.update(ideas).set({ mergedIntoId: idea.id }).where(eq(ideas.id, twin.id)).run();

		const at = new Date('2030-01-02T03:04:05Z');
		reviews.decide(db, bappeda, p.id, { ...accept, planYear: year }, at);

		expect(row(p.id)).toMatchObject({
			status: 'diterima',
			programName: accept.programName,
			planYear: year,
			amount: 120_000_000,
			answeredAt: at
		});
		expect(events(p.id)).toEqual([
			expect.objectContaining({
				kind: 'status',
				status: 'diterima',
				actorRole: 'bappeda',
				note: accept.programName
			})
		]);
		// Authors hear about "your idea", supporters about "an idea you supported": once each.
		const told = notes(idea.id);
		const to = (kind: string) =>
			told
				.filter((n) => n.kind === kind)
				.map((n) => n.userId)
				.sort();
		expect(to('idea_decision')).toEqual([author.id, twinAuthor.id].sort());
		expect(to('supported_idea_decision')).toEqual([fan1.id, fan2.id].sort());
		expect(told).toHaveLength(4);
		expect(told.every((n) => n.params?.status === 'diterima')).toBe(true);
		expect(logs(p.id)).toEqual([
			expect.objectContaining({
				action: 'proposal.decide',
				actorId: bappeda.id,
				details: expect.objectContaining({ from: 'diajukan', to: 'diterima', amount: 120_000_000 })
			})
		]);
	});

	it('keeps the first answer time when the agency decides again', () => {
		const { p } = fresh();
		const first = new Date('2030-01-01T00:00:00Z');
		reviews.decide(
			db,
			bappeda,
			p.id,
			{ status: 'ditunda', reason: 'Anggaran tahun ini sudah habis.' },
			first
		);
		reviews.decide(db, bappeda, p.id, { ...accept, planYear: year + 1 }, new Date('2030-06-01T00:00:00Z'));
		expect(row(p.id)).toMatchObject({ status: 'diterima', answeredAt: first, reason: null });
		expect(events(p.id).map((e) => e.status)).toEqual(['ditunda', 'diterima']);
	});

	it.each([
		['an OPD user', () => dinkes],
		['a facilitator', () => facilitator],
		['an admin', () => admin],
		['a child', () => child]
	])('refuses a decision by %s and writes nothing', (_who, actor) => {
		const { idea, p } = fresh('diajukan', 'dinkes');
		expect(() => reviews.decide(db, actor(), p.id, { ...accept, planYear: year })).toThrow('review');
		expect(row(p.id).status).toBe('diajukan');
		expect(events(p.id)).toEqual([]);
		expect(notes(idea.id)).toEqual([]);
		expect(logs(p.id)).toEqual([]);
	});

	it('refuses an acceptance without program, year or amount, writing nothing', () => {
		const { idea, p } = fresh();
		expect(() => reviews.decide(db, bappeda, p.id, { ...accept, planYear: year, programName: '' })).toThrow(
			'review_program'
		);
		expect(() => reviews.decide(db, bappeda, p.id, { ...accept, planYear: 1999 })).toThrow(
			'review_plan_year'
		);
		expect(() => reviews.decide(db, bappeda, p.id, { ...accept, planYear: year, amount: 0 })).toThrow(
			'review_amount'
		);
		expect(row(p.id)).toMatchObject({ status: 'diajukan', answeredAt: null, programName: null });
		expect(events(p.id)).toEqual([]);
		expect(notes(idea.id)).toEqual([]);
	});

	it('realises only after acceptance, with date and note', async () => {
		const { idea, p } = fresh();
		const done = {
			realisedAt: new Date(Date.now() - 86_400_000),
			note: 'Sepuluh lampu sudah menyala di jalan sekolah.'
		};
		await expect(reviews.realise(db, bappeda, p.id, done, null)).rejects.toThrow(
			'review_realise_needs_accepted'
		);
		reviews.decide(db, bappeda, p.id, { ...accept, planYear: year });
		await reviews.realise(db, bappeda, p.id, done, null);
		expect(row(p.id)).toMatchObject({
			status: 'direalisasikan',
			programName: accept.programName,
			realisedAt: done.realisedAt,
			realisationNote: done.note,
			realisationPhoto: null
		});
		expect(notes(idea.id).map((n) => n.params?.status)).toEqual(['diterima', 'direalisasikan']);
		// Done is final.
		expect(() =>
			reviews.decide(db, bappeda, p.id, { status: 'ditolak', reason: 'Salah pilih status.' })
		).toThrow('review_final');
	});

	it('declines with a reason for children, and that is final', () => {
		const { p } = fresh();
		reviews.decide(db, bappeda, p.id, {
			status: 'ditolak',
			reason: 'Jalan ini diurus provinsi, bukan kabupaten.'
		});
		expect(row(p.id)).toMatchObject({
			status: 'ditolak',
			reason: 'Jalan ini diurus provinsi, bukan kabupaten.'
		});
		expect(() => reviews.decide(db, bappeda, p.id, { ...accept, planYear: year })).toThrow('review_final');
	});

	it('does not decide on a proposal still being drafted, nor on one that does not exist', () => {
		const { p } = fresh('disusun');
		expect(() => reviews.decide(db, bappeda, p.id, { ...accept, planYear: year })).toThrow(
			'review_not_submitted'
		);
		expect(() => reviews.assignOpd(db, bappeda, p.id, opdId(db, 'pupr'))).toThrow('review_not_submitted');
		expect(() => reviews.decide(db, bappeda, 999_999, { ...accept, planYear: year })).toThrow('proposal');
	});

	it('assigns the agency on the timeline and in the log; the same agency again changes nothing', () => {
		const { idea, p } = fresh();
		expect(reviews.assignOpd(db, bappeda, p.id, opdId(db, 'pupr'))).toBe(true);
		expect(reviews.assignOpd(db, bappeda, p.id, opdId(db, 'pupr'))).toBe(false);
		expect(row(p.id).opdId).toBe(opdId(db, 'pupr'));
		expect(events(p.id)).toEqual([expect.objectContaining({ kind: 'opd', opdId: opdId(db, 'pupr') })]);
		expect(logs(p.id).map((l) => l.action)).toEqual(['proposal.assign_opd']);
		expect(notes(idea.id)).toEqual([]);
		expect(() => reviews.assignOpd(db, bappeda, p.id, 999_999)).toThrow('review_opd');
		expect(() => reviews.assignOpd(db, dinkes, p.id, opdId(db, 'dinkes'))).toThrow('review');
		expect(row(p.id).opdId).toBe(opdId(db, 'pupr'));
	});

	it('takes progress notes only from staff of the assigned agency, without notifying anyone', () => {
		const { idea, p } = fresh('diajukan', 'dinkes');
		reviews.addProgress(db, dinkes, p.id, 'Survei lokasi sudah dilakukan minggu ini.');
		expect(events(p.id)).toEqual([
			expect.objectContaining({ kind: 'progress', actorRole: 'opd', opdId: dinkes.opdId })
		]);
		expect(notes(idea.id)).toEqual([]);
		expect(() => reviews.addProgress(db, pupr, p.id, 'Kami juga mau menulis di sini.')).toThrow(
			'review_opd_not_assigned'
		);
		expect(() => reviews.addProgress(db, bappeda, p.id, 'Catatan dari perencana.')).toThrow(
			'review_opd_only'
		);
		expect(() => reviews.addProgress(db, dinkes, p.id, 'ok')).toThrow('review_note');
		expect(events(p.id)).toHaveLength(1);
	});

	it('refuses progress from an agency user once the account moved to another agency', () => {
		const { p } = fresh('diajukan', 'dinkes');
		const moved = makeOpdUser(db, 'dinkes');
		db.update(users)
			.set({ opdId: opdId(db, 'dlh') })
			.where(eq(users.id, moved.id))
			.run();
		expect(() => reviews.addProgress(db, moved, p.id, 'Masih di dinas lama, katanya.')).toThrow(
			'review_opd_not_assigned'
		);
	});

	it('gives an OPD user no way to set a decision, even on its own proposal', () => {
		const { p } = fresh('diajukan', 'dinkes');
		expect(() =>
			reviews.decide(db, dinkes, p.id, { status: 'ditolak', reason: 'Kami tidak punya dana.' })
		).toThrow('review');
		expect(row(p.id).status).toBe('diajukan');
	});
});
