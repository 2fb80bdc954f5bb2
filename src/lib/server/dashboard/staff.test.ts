import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideaEvents, ideas, inviteCodes, reports, safeguardingActions } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { Forbidden } from '../errors';
import { BURST_RULE, voteBursts } from './bursts';
import { resolveScope } from './scope';
import { staffFigures } from './staff';
import { addChild, addCycle, addIdea, addVote, DAY, NOW, prepare } from './test-helpers';

let db: Db;
let cleanup: () => void;
let cycle: number;
let idea: number;
let code: number;

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	prepare(db);
	cycle = addCycle(db);
	idea = addIdea(db, addChild(db), cycle);
	code = db
		.insert(inviteCodes)
		.values({ code: 'ANAK-7777', label: 'SDN 1 Sungai Duri', maxUses: 40, expiresAt: new Date(2027, 0, 1) })
		.returning({ id: inviteCodes.id })
		.get().id;
});
afterEach(() => cleanup());

const MIN = 60_000;
const START = new Date(2026, 3, 2, 9, 0);
const scope = () => resolveScope(db, { cycleId: cycle }, NOW);
const actor = (roles: Actor['roles']): Actor => ({
	id: 'staff',
	kind: 'staff',
	roles,
	birthYear: null,
	birthMonth: null,
	verifiedAt: null
});

/** `n` accounts made a day before, from the invite code, voting `gap` minutes apart from START. */
function burst(
	n: number,
	gap: number,
	o: { code?: number | null; ageDays?: number; ideaId?: number; from?: number } = {}
) {
	for (let i = 0; i < n; i++) {
		const at = new Date(START.getTime() + ((o.from ?? 0) + i * gap) * MIN);
		const child = addChild(db, {
			inviteCodeId: o.code === null ? undefined : (o.code ?? code),
			createdAt: new Date(at.getTime() - (o.ageDays ?? 1) * DAY)
		});
		addVote(db, cycle, o.ideaId ?? idea, child, at);
	}
}

describe('vote bursts', () => {
	it(`flags ${BURST_RULE.accounts} fresh accounts from one code voting within ${BURST_RULE.minutes} minutes`, () => {
		burst(6, 1);
		expect(voteBursts(db, scope())).toEqual([
			{
				ideaId: idea,
				title: 'Lampu jalan di depan sekolah',
				inviteCode: 'ANAK-7777',
				inviteLabel: 'SDN 1 Sungai Duri',
				accounts: 6,
				startedAt: START
			}
		]);
	});

	it.each([
		['too few accounts', () => burst(4, 1)],
		['votes spread over more than the window', () => burst(5, 3)],
		['accounts older than a week', () => burst(6, 1, { ageDays: 8 })],
		['accounts without an invite code', () => burst(6, 1, { code: null })]
	])('does not flag %s', (_name, make) => {
		make();
		expect(voteBursts(db, scope())).toEqual([]);
	});

	it('counts the busiest window once per idea and code', () => {
		burst(5, 2); // five within 8 minutes
		burst(3, 30, { from: 60 }); // and more an hour later, spread out
		const found = voteBursts(db, scope());
		expect(found).toHaveLength(1);
		expect(found[0]?.accounts).toBe(5);
	});

	it('keeps ideas apart', () => {
		const other = addIdea(db, addChild(db), cycle);
		burst(3, 1);
		burst(3, 1, { ideaId: other });
		expect(voteBursts(db, scope())).toEqual([]);
	});
});

describe('staff figures', () => {
	it('refuses anyone but facilitators and admins', () => {
		for (const roles of [['anak'], ['bappeda'], ['opd']] as Actor['roles'][])
			expect(() => staffFigures(db, actor(roles), scope())).toThrow(Forbidden);
		expect(staffFigures(db, actor(['admin']), scope()).reports.open).toBe(0);
	});

	it('counts waiting safeguarding items by age, and handled ones, with no text', () => {
		const author = addChild(db);
		const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
		for (const h of [2, 30, 100, 200, 300])
			addIdea(db, author, cycle, { status: 'perlindungan', createdAt: hoursAgo(h) });
		const handled = addIdea(db, author, cycle, { status: 'perlindungan', createdAt: hoursAgo(500) });
		db.insert(safeguardingActions).values({ ideaId: handled, action: 'referred_uptd' }).run();
		const noted = addIdea(db, author, cycle, { status: 'perlindungan', createdAt: hoursAgo(5) });
		db.insert(safeguardingActions).values({ ideaId: noted, action: 'note', note: 'x' }).run();
		const s = staffFigures(db, actor(['fasilitator']), scope()).safeguarding;
		expect(s).toEqual({ waiting: { lt1d: 2, '1to3d': 1, '3to7d': 1, gt7d: 2 }, handled: 1 });
		expect(JSON.stringify(s)).not.toContain('Lampu');
	});

	it('measures moderation times and counts reports', () => {
		const author = addChild(db);
		const mk = (hours: number) => {
			const id = addIdea(db, author, cycle, { createdAt: new Date(2026, 2, 1) });
			db.insert(ideaEvents)
				.values({
					ideaId: id,
					status: 'terbit',
					actorRole: 'fasilitator',
					createdAt: new Date(new Date(2026, 2, 1).getTime() + hours * 3_600_000)
				})
				.run();
			return id;
		};
		const first = mk(10);
		mk(20);
		mk(90);
		db.insert(reports).values({ ideaId: first, reporterId: author, reason: 'kasar' }).run();
		db.insert(ideas)
			.values({ ...db.select().from(ideas).get()!, id: undefined, status: 'disembunyikan' })
			.run();
		const f = staffFigures(db, actor(['fasilitator']), scope());
		expect(f.moderation).toMatchObject({ decided: 3, medianHours: 20, within48h: 2 });
		expect(f.reports).toMatchObject({ open: 1, byReason: [{ reason: 'kasar', n: 1 }], hiddenIdeas: 1 });
	});
});
