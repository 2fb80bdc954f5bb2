import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { ideas, proposals, ticketChanges, ticketSelections, users } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { KECAMATAN, makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as reviews from './index';
import { makeProposal, opdId } from './test-helpers';

const DAY = 86_400_000;

describe('reviews: lists, overdue answers and public accountability', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	const now = new Date();
	// Review deadline 20 days ago: unanswered proposals of this cycle are overdue.
	const past = makeCycle(db, now, { opened: 200, votingLeft: -60 });
	// Review deadline still ahead.
	const running = makeCycle(db, new Date(now.getTime() + 400 * DAY));
	const bappeda = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
	const author = makeUser(db);
	const make = (cycleId: number, status: 'disusun' | 'diajukan' = 'diajukan', opd?: string) =>
		makeProposal(db, makeIdea(db, author, { cycleId, title: `Ide ${Math.random()}` }), {
			status,
			opdId: opd ? opdId(db, opd) : null
		});

	const waiting = make(past.id, 'diajukan', 'dinkes');
	const drafting = make(past.id, 'disusun');
	const accepted = make(past.id, 'diajukan', 'pupr');
	const declined = make(past.id);
	const lateAnswer = make(past.id);
	const onTime = make(running.id);
	const yr = past.planYear;
	reviews.decide(db, bappeda, accepted.id, {
		status: 'diterima',
		programName: 'Program Jalan Aman ke Sekolah',
		planYear: yr,
		amount: 90_000_000
	});
	// Declined on time, the day before the deadline; deferred late, today.
	reviews.decide(
		db,
		bappeda,
		declined.id,
		{ status: 'ditolak', reason: 'Bukan kewenangan kabupaten.' },
		new Date(past.reviewDeadlineAt.getTime() - DAY)
	);
	reviews.decide(db, bappeda, lateAnswer.id, { status: 'ditunda', reason: 'Menunggu anggaran tahun depan.' });

	it('marks unanswered proposals overdue after the cycle’s review deadline, computed in SQL', () => {
		const list = reviews.listForCycle(db, past.id, {}, now);
		const overdue = Object.fromEntries(list.rows.map((r) => [r.id, r.overdue]));
		expect(overdue).toMatchObject({
			[waiting.id]: true,
			[drafting.id]: true,
			[accepted.id]: false,
			[declined.id]: false
		});
		expect(list.overdueCount).toBe(2);
		expect(reviews.listForCycle(db, running.id, {}, now).rows).toEqual([
			expect.objectContaining({ id: onTime.id, overdue: false })
		]);
		// The same proposal is not overdue the day before the deadline.
		const before = new Date(past.reviewDeadlineAt.getTime() - DAY);
		expect(reviews.listForCycle(db, past.id, { overdue: true }, before).rows).toEqual([]);
	});

	it('filters by status, agency, kecamatan and overdue, with per-status counts', () => {
		const ids = (f: reviews.ReviewFilter) => reviews.listForCycle(db, past.id, f, now).rows.map((r) => r.id);
		expect(ids({ status: 'diterima' })).toEqual([accepted.id]);
		expect(ids({ opdId: opdId(db, 'dinkes') })).toEqual([waiting.id]);
		expect(ids({ overdue: true }).sort()).toEqual([waiting.id, drafting.id].sort());
		expect(ids({ kecamatan: '61.07.02' })).toEqual([]);
		expect(ids({ kecamatan: KECAMATAN })).toHaveLength(5);
		const list = reviews.listForCycle(db, past.id, {}, now);
		expect(list.counts).toMatchObject({ diajukan: 1, disusun: 1, diterima: 1, ditolak: 1, ditunda: 1 });
		expect(list.rows[0]).toMatchObject({ kecamatanName: expect.any(String), desaName: expect.any(String) });
	});

	it('lists cycles with their proposal counts and opens the newest one that has proposals', () => {
		const empty = makeCycle(db, new Date(now.getTime() + 800 * DAY));
		const list = reviews.reviewCycles(db, now);
		expect(list.find((c) => c.id === empty.id)).toMatchObject({ total: 0 });
		expect(list.find((c) => c.id === past.id)).toMatchObject({ total: 5, overdue: 2 });
		expect(reviews.defaultCycleId(list)).toBe(running.id);
	});

	it('shows an agency only its assigned proposals, drafts left out', () => {
		const draftForDinkes = make(past.id, 'disusun', 'dinkes');
		const list = reviews.forOpd(db, opdId(db, 'dinkes'), 1, now);
		expect(list.rows.map((r) => r.id)).toEqual([waiting.id]);
		expect(list.rows.map((r) => r.id)).not.toContain(draftForDinkes.id);
		db.delete(proposals).where(eq(proposals.id, draftForDinkes.id)).run();
	});

	it('shares accepted and realised per cycle, late answers as such', () => {
		const shares = reviews.cycleShares(db, now);
		expect(shares.find((c) => c.id === past.id)).toMatchObject({
			total: 5,
			accepted: 1,
			realised: 0,
			declined: 1,
			deferred: 1,
			overdue: 2,
			acceptedShare: 0.2
		});
		const tickets = reviews.tickets(db, past.id, now);
		expect(tickets.find((r) => r.id === lateAnswer.id)).toMatchObject({ answeredLate: true });
		expect(tickets.find((r) => r.id === declined.id)).toMatchObject({
			reason: 'Bukan kewenangan kabupaten.',
			answeredLate: false,
			amount: null
		});
	});

	it('credits the author by nickname only, and a deleted account as nobody', () => {
		const tickets = reviews.tickets(db, past.id, now);
		const row = tickets.find((r) => r.id === accepted.id)!;
		expect(row).toMatchObject({ authorName: author.username, amount: 90_000_000, planYear: yr });
		expect(Object.keys(row)).not.toContain('birthYear');
		const gone = makeUser(db);
		const p = makeProposal(db, makeIdea(db, gone, { cycleId: running.id }));
		db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, gone.id)).run();
		expect(reviews.tickets(db, running.id, now).find((r) => r.id === p.id)?.authorName).toBeNull();
		expect(reviews.get(db, p.id, 'public', now).authorName).toBeNull();
	});

	it('hides the amount and program of a proposal that is not (or no longer) accepted', () => {
		const p = make(running.id);
		db.update(proposals).set({ amount: 5, programName: 'Rahasia' }).where(eq(proposals.id, p.id)).run();
		expect(reviews.tickets(db, running.id, now).find((r) => r.id === p.id)).toMatchObject({
			amount: null,
			programName: null
		});
	});

	it('shows the selection: the rule used, skipped ideas with reasons, an added ticket’s reason', () => {
		const skippedIdea = makeIdea(db, author, { cycleId: past.id, title: 'Taman bermain baru' });
		const removedIdea = makeIdea(db, author, { cycleId: past.id, status: 'ditolak' });
		db.insert(ticketSelections)
			.values({ cycleId: past.id, minVotes: 10, perKecamatan: 2, forKabupaten: 5, confirmedAt: now })
			.run();
		db.insert(ticketChanges)
			.values([
				{ cycleId: past.id, ideaId: skippedIdea.id, change: 'skip', reason: 'Sudah dibangun tahun ini.' },
				{ cycleId: past.id, ideaId: removedIdea.id, change: 'skip', reason: 'Isinya tidak pantas.' },
				{ cycleId: past.id, ideaId: waiting.ideaId, change: 'add', reason: 'Usulan Forum Anak kecamatan.' }
			])
			.run();
		const sel = reviews.selection(db, past.id);
		expect(sel.rule).toEqual({ minVotes: 10, perKecamatan: 2, forKabupaten: 5 });
		expect(sel.skipped).toEqual([
			expect.objectContaining({ ideaId: skippedIdea.id, title: 'Taman bermain baru' }),
			expect.objectContaining({ ideaId: null, title: null, reason: 'Isinya tidak pantas.' })
		]);
		expect(reviews.tickets(db, past.id, now).find((r) => r.id === waiting.id)?.addedReason).toBe(
			'Usulan Forum Anak kecamatan.'
		);
		expect(reviews.get(db, waiting.id, 'public', now).selectionChange).toEqual({
			change: 'add',
			reason: 'Usulan Forum Anak kecamatan.'
		});
	});

	it('gives one proposal with its timeline, merged ideas and the decisions still open', () => {
		const twin = makeIdea(db, author, { cycleId: past.id, status: 'digabung', title: 'Lampu jalan juga' });
		db.update(ideas).set({ mergedIntoId: accepted.ideaId }).where(eq(ideas.id, twin.id)).run();
		const p = reviews.get(db, accepted.id, 'staff', now);
		expect(p).toMatchObject({
			status: 'diterima',
			opdName: 'Dinas Pekerjaan Umum dan Penataan Ruang',
			cycleName: past.name,
			merged: [{ id: twin.id, title: 'Lampu jalan juga' }],
			next: ['diterima', 'ditunda', 'ditolak', 'direalisasikan'],
			findings: []
		});
		expect(p.timeline).toEqual([expect.objectContaining({ kind: 'status', status: 'diterima' })]);
		expect(() => reviews.get(db, 999_999, 'public', now)).toThrow('proposal');
	});

	it("gives each idea's golden ticket with its decision and steps, for the ideas that have one", () => {
		const other = make(running.id);
		const got = reviews.journeys(db, [accepted.ideaId, other.ideaId, 999_999], now);
		expect(got.get(accepted.ideaId)).toMatchObject({
			id: accepted.id,
			status: 'diterima',
			planYear: expect.any(Number),
			amount: expect.any(Number),
			timeline: [expect.objectContaining({ kind: 'status', status: 'diterima' })]
		});
		// Each ticket gets its own steps only.
		expect(got.get(other.ideaId)).toMatchObject({ id: other.id, timeline: [] });
		expect(got.has(999_999)).toBe(false);
		expect(reviews.journeys(db, [], now).size).toBe(0);
	});

	it('shows the latest outcomes of the newest plan year with accepted ideas', () => {
		const later = make(running.id);
		reviews.decide(db, bappeda, later.id, {
			status: 'diterima',
			programName: 'Program Taman Anak',
			planYear: running.planYear,
			amount: 40_000_000
		});
		const out = reviews.latestOutcomes(db);
		expect(out.year).toBe(running.planYear);
		expect(out.rows.map((r) => r.id)).toEqual([later.id]);
	});
});
