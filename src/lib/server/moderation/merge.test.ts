import { count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { createTestDb } from '../db/test-db';
import {
	auditLog,
	ideaEvents,
	ideas,
	notifications,
	reports as reportTable,
	votes as voteTable
} from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import * as ideaReads from '../ideas/read';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as reports from '../reports';
import * as votes from '../votes';
import { merge } from './merge';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const cycle = makeCycle(db);
const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
const child = () => makeUser(db, { verified: true });

const ideaRow = (id: number) => db.select().from(ideas).where(eq(ideas.id, id)).get();
const storedVotes = (id: number) =>
	db.select({ n: count() }).from(voteTable).where(eq(voteTable.ideaId, id)).get()?.n ?? 0;
/** Ideas whose voteCount differs from count(*) of their votes: must stay empty. */
const drifted = () =>
	db
		.select({ id: ideas.id })
		.from(ideas)
		.where(
			sql`${ideas.voteCount} <> (select count(*) from ${voteTable} where ${voteTable.ideaId} = ${ideas.id})`
		)
		.all();

function pair(opts: { fromAuthor?: SessionUser; intoAuthor?: SessionUser } = {}) {
	const fromAuthor = opts.fromAuthor ?? makeUser(db);
	const intoAuthor = opts.intoAuthor ?? makeUser(db);
	const from = makeIdea(db, fromAuthor, { cycleId: cycle.id, title: 'Lapangan bola di desa kami' });
	const into = makeIdea(db, intoAuthor, { cycleId: cycle.id, title: 'Lapangan sepak bola untuk anak' });
	return { from, into, fromAuthor, intoAuthor };
}

describe('merge', () => {
	it('moves votes without double counting: a child who supported both keeps one and gets one back', () => {
		const { from, into, fromAuthor, intoAuthor } = pair();
		const both = child();
		const onlyFrom = child();
		const onlyInto = child();
		for (const c of [both, onlyFrom]) votes.cast(db, c, from.id);
		for (const c of [both, onlyInto]) votes.cast(db, c, into.id);
		expect(votes.budget(db, both)?.left).toBe(3);

		const result = merge(db, facilitator, from.id, into.id, 'Isinya sama: lapangan bola');

		expect(result).toEqual({ moved: 1, returned: 1, voteCount: 3 });
		expect(votes.supportedIds(db, both.id, [from.id, into.id])).toEqual(new Set([into.id]));
		expect(votes.budget(db, both)?.left).toBe(4);
		expect(votes.supportedIds(db, onlyFrom.id, [from.id, into.id])).toEqual(new Set([into.id]));
		expect(ideaRow(into.id)?.voteCount).toBe(storedVotes(into.id));
		expect(ideaRow(from.id)).toMatchObject({ status: 'digabung', mergedIntoId: into.id, voteCount: 0 });
		expect(storedVotes(from.id)).toBe(0);
		expect(drifted()).toEqual([]);

		// The merged idea stays public and says where it went; only the target is in the list.
		expect(ideaReads.get(db, from.id, null).mergedInto).toEqual({ id: into.id, title: into.title });
		expect(ideaReads.browse(db, { cycleId: cycle.id }).ideas.map((i) => i.id)).not.toContain(from.id);
		expect(db.select().from(ideaEvents).where(eq(ideaEvents.ideaId, from.id)).all().at(-1)).toMatchObject({
			status: 'digabung',
			actorRole: 'fasilitator',
			reason: expect.stringContaining('“Lapangan sepak bola untuk anak”')
		});
		expect(
			db
				.select({ userId: notifications.userId, kind: notifications.kind, params: notifications.params })
				.from(notifications)
				.where(inArray(notifications.kind, ['idea_merged', 'idea_merge_received']))
				.all()
		).toEqual([
			{ userId: fromAuthor.id, kind: 'idea_merged', params: { target: into.title } },
			{ userId: intoAuthor.id, kind: 'idea_merge_received', params: { source: from.title } }
		]);
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'idea.merge')).get()).toMatchObject({
			actorId: facilitator.id,
			targetId: String(from.id),
			reason: 'Isinya sama: lapangan bola',
			details: { into: into.id, moved: 1, returned: 1 }
		});
	});

	it('gives the target’s author their vote on the other idea back: nobody supports their own idea', () => {
		const intoAuthor = child();
		const { from, into } = pair({ intoAuthor });
		votes.cast(db, intoAuthor, from.id);
		expect(merge(db, facilitator, from.id, into.id, 'Ide yang sama')).toEqual({
			moved: 0,
			returned: 1,
			voteCount: 0
		});
		expect(votes.supportedIds(db, intoAuthor.id, [from.id, into.id])).toEqual(new Set());
	});

	it('tells an author who wrote both ideas once', () => {
		const author = makeUser(db);
		const { from, into } = pair({ fromAuthor: author, intoAuthor: author });
		merge(db, facilitator, from.id, into.id, 'Penulis yang sama menulis dua kali');
		expect(db.select().from(notifications).where(eq(notifications.userId, author.id)).all()).toHaveLength(1);
	});

	it('refuses to merge a hidden idea: merged ideas are public, so it would be published again', () => {
		const { from, into } = pair();
		for (const c of [child(), child(), child()]) reports.report(db, c, from.id, 'spam', null);
		expect(ideaRow(from.id)?.status).toBe('disembunyikan');
		expect(() => merge(db, facilitator, from.id, into.id, 'Duplikat')).toThrow('modr_merge_status');
		expect(ideaRow(from.id)?.status).toBe('disembunyikan');
		expect(
			db
				.select()
				.from(reportTable)
				.where(eq(reportTable.ideaId, from.id))
				.all()
				.every((r) => r.resolvedAt === null)
		).toBe(true);
	});

	it("refuses to move votes once the cycle's voting has closed", () => {
		const closed = makeCycle(db, new Date(), { opened: 40, votingLeft: -5 });
		const a = makeIdea(db, makeUser(db), { cycleId: closed.id });
		const b = makeIdea(db, makeUser(db), { cycleId: closed.id });
		expect(() => merge(db, facilitator, a.id, b.id, 'Duplikat')).toThrow('modr_merge_closed');
		expect(ideaRow(a.id)?.status).toBe('terbit');
	});

	it('refuses merging an idea into itself', () => {
		const { from } = pair();
		expect(() => merge(db, facilitator, from.id, from.id, 'Duplikat')).toThrow(Invalid);
		expect(() => merge(db, facilitator, from.id, from.id, 'Duplikat')).toThrow('modr_merge_self');
	});

	it('refuses ideas of different cycles', () => {
		const from = makeIdea(db, makeUser(db), { cycleId: cycle.id });
		const other = makeIdea(db, makeUser(db), { cycleId: makeCycle(db).id });
		expect(() => merge(db, facilitator, from.id, other.id, 'Duplikat')).toThrow('modr_merge_cycle');
		expect(ideaRow(from.id)?.status).toBe('terbit');
	});

	it.each([
		['menunggu', 'terbit'],
		['ditolak', 'terbit'],
		['digabung', 'terbit'],
		['perlindungan', 'terbit'],
		['terbit', 'disembunyikan'],
		['terbit', 'menunggu'],
		['terbit', 'digabung']
	] as const)('refuses merging a %s idea into a %s one', (fromStatus, intoStatus) => {
		const from = makeIdea(db, makeUser(db), { cycleId: cycle.id, status: fromStatus });
		const into = makeIdea(db, makeUser(db), { cycleId: cycle.id, status: intoStatus });
		expect(() => merge(db, facilitator, from.id, into.id, 'Duplikat')).toThrow(Conflict);
		expect(ideaRow(from.id)?.status).toBe(fromStatus);
	});

	it('refuses anyone but a facilitator, and a facilitator’s own idea on either side', () => {
		const { from, into } = pair();
		for (const actor of [child(), makeUser(db, { kind: 'staff', roles: ['admin'] })])
			expect(() => merge(db, actor, from.id, into.id, 'Duplikat')).toThrow(Forbidden);
		const own = makeIdea(db, facilitator, { cycleId: cycle.id });
		expect(() => merge(db, facilitator, own.id, into.id, 'Duplikat')).toThrow('moderate_own');
		expect(() => merge(db, facilitator, from.id, own.id, 'Duplikat')).toThrow('moderate_own');
		expect(ideaRow(from.id)?.status).toBe('terbit');
		expect(
			db
				.select()
				.from(auditLog)
				.where(eq(auditLog.targetId, String(from.id)))
				.all()
		).toEqual([]);
	});

	it('refuses an unknown idea and a missing reason', () => {
		const { from, into } = pair();
		expect(() => merge(db, facilitator, from.id, 999_999, 'Duplikat')).toThrow(NotFound);
		expect(() => merge(db, facilitator, from.id, into.id, '')).toThrow('modr_reason');
	});
});
