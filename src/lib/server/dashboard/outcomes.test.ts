import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { createTestDb } from '../db/test-db';
import { publicDashboard } from '.';
import { resolveScope } from './scope';
import {
	addAudit,
	addChild,
	addCycle,
	addFacility,
	addFinding,
	addIdea,
	addProposal,
	addVote,
	CUT_OFF,
	DAY,
	DESA_B1,
	KEC_A,
	KEC_B,
	NOW,
	prepare
} from './test-helpers';

let db: Db;
let cleanup: () => void;
let cycle: number;
let author: string;

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	prepare(db);
	cycle = addCycle(db);
	author = addChild(db);
});
afterEach(() => cleanup());

const dash = (opts: { cycleId?: number; kecamatan?: string } = {}, now = NOW) =>
	publicDashboard(db, resolveScope(db, { cycleId: cycle, ...opts }, now));

describe('aspirations', () => {
	it('counts only public ideas as published, and never counts safeguarding items at all', () => {
		for (const status of [
			'terbit',
			'terbit',
			'ditarik',
			'disembunyikan',
			'digabung',
			'ditolak',
			'menunggu',
			'perlindungan'
		] as const)
			addIdea(db, author, cycle, { status });
		const { funnel, clusters } = dash();
		expect(funnel.posted).toBe(7);
		expect(funnel.published).toBe(2);
		expect(clusters.find((c) => c.cluster === 4)?.levels.desa).toBe(2);
		expect(clusters.reduce((s, c) => s + c.total, 0)).toBe(2);
	});

	it('counts by cluster and level, and by the idea place for a kecamatan', () => {
		addIdea(db, author, cycle, { cluster: 1, level: 'kecamatan' });
		addIdea(db, author, cycle, { cluster: 3, level: 'desa', desa: DESA_B1, kecamatan: KEC_B });
		addIdea(db, author, cycle, { cluster: 3, level: 'kabupaten', kecamatan: null, desa: '61.07' });
		const all = dash().clusters;
		expect(all.find((c) => c.cluster === 1)?.levels).toEqual({ desa: 0, kecamatan: 1, kabupaten: 0 });
		expect(all.find((c) => c.cluster === 3)?.levels).toEqual({ desa: 1, kecamatan: 0, kabupaten: 1 });
		const b = dash({ kecamatan: KEC_B }).clusters;
		expect(b.reduce((s, c) => s + c.total, 0)).toBe(1);
		const row = dash().kecamatanRows.find((k) => k.code === KEC_B);
		expect(row?.published).toBe(1);
	});

	it('follows golden tickets to acceptance, realisation and the money accepted', () => {
		const statuses = ['diajukan', 'diterima', 'direalisasikan', 'ditolak', 'ditunda'] as const;
		statuses.forEach((status, i) =>
			addProposal(db, cycle, addIdea(db, author, cycle), {
				status,
				amount: status === 'ditolak' ? 999 : (i + 1) * 1_000_000
			})
		);
		const f = dash().funnel;
		expect(f).toMatchObject({ published: 5, tickets: 5, accepted: 2, realised: 1, amount: 5_000_000 });
		expect(dash().kecamatanRows.find((k) => k.code === KEC_A)).toMatchObject({ tickets: 5, accepted: 2 });
	});
});

describe("the planning agency's answers", () => {
	it('sorts answers into on time, late, overdue and waiting, with the median days', () => {
		const submitted = new Date(CUT_OFF.getTime() + 14 * DAY);
		const deadline = CUT_OFF.getTime() + 60 * DAY;
		const p = (answeredAt: Date | null) =>
			addProposal(db, cycle, addIdea(db, author, cycle), { submittedAt: submitted, answeredAt });
		p(new Date(submitted.getTime() + 10 * DAY)); // on time, 10 days
		p(new Date(submitted.getTime() + 20 * DAY)); // on time, 20 days
		p(new Date(deadline + 5 * DAY)); // late, 51 days
		p(null);
		addProposal(db, cycle, addIdea(db, author, cycle), { submittedAt: null }); // still being written
		const before = dash({}, new Date(deadline - DAY)).answers;
		expect(before).toEqual({ submitted: 4, onTime: 2, late: 1, overdue: 0, waiting: 1, medianDays: 20 });
		const after = dash({}, new Date(deadline + DAY)).answers;
		expect(after).toMatchObject({ overdue: 1, waiting: 0 });
	});

	it('has no median before any answer', () => {
		expect(dash().answers.medianDays).toBeNull();
	});
});

describe('facilities', () => {
	it('uses the latest published audit, never an unpublished one', () => {
		const f = addFacility(db);
		addAudit(db, f, { score: 0.4, date: new Date(2026, 1, 1) });
		addAudit(db, f, { score: 0.8, date: new Date(2026, 3, 1) });
		addAudit(db, f, { score: 0.1, date: new Date(2026, 4, 1), published: false });
		const row = dash().facilities.find((x) => x.id === f);
		expect(row?.score).toBe(0.8);
		const kec = dash().kecamatanRows.find((k) => k.code === KEC_A);
		expect(kec).toMatchObject({ facilities: 1, audited: 1, score: 0.8 });
	});

	it('shows a facility never audited (or only in draft) without a score', () => {
		const f = addFacility(db, { kecamatan: KEC_B, desa: DESA_B1 });
		addAudit(db, f, { published: false });
		expect(dash().facilities.find((x) => x.id === f)).toMatchObject({ score: null, auditId: null });
		expect(dash().kecamatanRows.find((k) => k.code === KEC_B)).toMatchObject({ facilities: 1, audited: 0 });
	});

	it('counts open findings and fixes on time, only from published audits', () => {
		const f = addFacility(db);
		const a = addAudit(db, f);
		const target = new Date(2026, 6, 1);
		addFinding(db, a, f, { status: 'terbuka' });
		addFinding(db, a, f, { status: 'direncanakan', target });
		addFinding(db, a, f, { status: 'diperbaiki', target, fixedAt: new Date(2026, 5, 1) });
		addFinding(db, a, f, { status: 'selesai', target, fixedAt: new Date(2026, 7, 1) });
		const draft = addAudit(db, f, { published: false });
		addFinding(db, draft, f, { status: 'terbuka' });
		expect(dash().findings).toEqual({ total: 4, open: 2, fixed: 2, fixedOnTime: 1 });
		expect(dash().facilities.find((x) => x.id === f)?.openFindings).toBe(2);
	});

	it('with a cycle, shows the state when its review closed', () => {
		const f = addFacility(db);
		addAudit(db, f, { score: 0.5, date: new Date(2026, 4, 1) });
		addAudit(db, f, { score: 0.9, date: new Date(2027, 0, 10) });
		expect(dash().facilities[0]?.score).toBe(0.5);
		expect(dash({ cycleId: undefined }).facilities[0]?.score).toBe(0.9);
	});
});

describe('trend', () => {
	it('counts ideas and votes by month in WIB', () => {
		const late = new Date(Date.UTC(2026, 2, 31, 18, 0)); // 1 April 01:00 WIB
		const idea = addIdea(db, author, cycle, { createdAt: late });
		addIdea(db, author, cycle, { createdAt: new Date(2026, 2, 5), status: 'perlindungan' });
		addVote(db, cycle, idea, addChild(db), new Date(2026, 3, 20));
		const months = dash().months;
		expect(months.find((m) => m.month === '2026-04')).toEqual({
			month: '2026-04',
			posted: 1,
			published: 1,
			votes: 1
		});
		expect(months.find((m) => m.month === '2026-03')).toBeUndefined();
	});

	it('lists every cycle with its own participants and outcomes', () => {
		const old = addCycle(db, { opensAt: new Date(2025, 0, 1), votingClosesAt: new Date(2025, 6, 1) });
		for (let i = 0; i < 6; i++) addIdea(db, addChild(db), old);
		addIdea(db, author, cycle);
		const rows = dash({ cycleId: undefined }).cycles;
		expect(rows.map((r) => [r.id, r.participants, r.published])).toEqual([
			[old, 6, 6],
			[cycle, 'small', 1]
		]);
	});
});
