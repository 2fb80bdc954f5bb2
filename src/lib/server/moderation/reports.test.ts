import { count, eq } from 'drizzle-orm';
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
import { dismissReports, openReportCount, openReports, remove, restore } from './reports';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const cycle = makeCycle(db);
const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
const author = makeUser(db);
const child = () => makeUser(db, { verified: true });

const ideaRow = (id: number) => db.select().from(ideas).where(eq(ideas.id, id)).get();
const allReports = (id: number) =>
	db.select({ n: count() }).from(reportTable).where(eq(reportTable.ideaId, id)).get()?.n;
const unresolved = (id: number) =>
	db
		.select()
		.from(reportTable)
		.where(eq(reportTable.ideaId, id))
		.all()
		.filter((r) => r.resolvedAt === null).length;
const storedVotes = (id: number) =>
	db.select({ n: count() }).from(voteTable).where(eq(voteTable.ideaId, id)).get()?.n ?? 0;
const notesFor = (id: number) =>
	db
		.select()
		.from(notifications)
		.where(eq(notifications.ideaId, id))
		.all()
		.map((n) => n.kind);
const logFor = (id: number) =>
	db
		.select()
		.from(auditLog)
		.where(eq(auditLog.targetId, String(id)))
		.all()
		.map((l) => l.action);

/** A published idea with `n` reports by distinct children (3 hides it), and `supporters` real votes. */
function reported(n: number, supporters: SessionUser[] = [], by: SessionUser = author) {
	const idea = makeIdea(db, by, { cycleId: cycle.id, title: `Ide dilaporkan ${Math.random()}` });
	for (const s of supporters) votes.cast(db, s, idea.id);
	const reasons = ['spam', 'insult', 'spam'] as const;
	for (let i = 0; i < n; i++)
		reports.report(db, child(), idea.id, reasons[i % 3] ?? 'spam', i === 0 ? 'iklan' : null);
	return idea.id;
}

describe('openReports', () => {
	it('lists reported ideas hidden first, with reporters, reasons, notes and the newest report', () => {
		const published = reported(1);
		const hidden = reported(3);
		const queue = openReports(db, facilitator.id);
		const ids = queue.map((r) => r.id);
		expect(ids.indexOf(hidden)).toBeLessThan(ids.indexOf(published));
		expect(queue.find((r) => r.id === hidden)).toMatchObject({
			status: 'disembunyikan',
			reporters: 3,
			own: false,
			authorName: author.username,
			reasons: [
				{ reason: 'spam', n: 2 },
				{ reason: 'insult', n: 1 }
			],
			notes: ['iklan']
		});
		expect(queue.find((r) => r.id === hidden)?.latestAt).toBeInstanceOf(Date);
		expect(openReportCount(db)).toBe(queue.length);
	});

	it('marks the viewer’s own idea and leaves out ideas whose reports are resolved', () => {
		const own = reported(1, [], facilitator);
		expect(openReports(db, facilitator.id).find((r) => r.id === own)?.own).toBe(true);
		const done = reported(1);
		dismissReports(db, facilitator, done, 'Bukan iklan, ini ide sungguhan');
		expect(openReports(db).map((r) => r.id)).not.toContain(done);
	});
});

describe('restore', () => {
	it('brings a hidden idea back as it was, resolves its reports and tells the author', () => {
		const supporter = child();
		const id = reported(3, [supporter]);
		expect(ideaRow(id)?.status).toBe('disembunyikan');
		restore(db, facilitator, id, 'Isinya tidak melanggar aturan');
		expect(ideaRow(id)).toMatchObject({ status: 'terbit', voteCount: 1 });
		expect(storedVotes(id)).toBe(1);
		expect(unresolved(id)).toBe(0);
		expect(allReports(id)).toBe(3);
		expect(ideaReads.get(db, id, null).status).toBe('terbit');
		expect(db.select().from(ideaEvents).where(eq(ideaEvents.ideaId, id)).all().at(-1)).toMatchObject({
			status: 'terbit',
			actorRole: 'fasilitator',
			reason: 'Isinya tidak melanggar aturan'
		});
		expect(notesFor(id)).toEqual(['idea_hidden', 'idea_restored']);
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'idea.restore')).all().at(-1)).toMatchObject({
			actorId: facilitator.id,
			targetId: String(id),
			reason: 'Isinya tidak melanggar aturan'
		});
	});

	it('refuses an idea that is not hidden', () => {
		const id = reported(1);
		expect(() => restore(db, facilitator, id, 'Tidak apa-apa')).toThrow(Conflict);
		expect(() => restore(db, facilitator, id, 'Tidak apa-apa')).toThrow('modr_not_hidden');
	});
});

describe('remove', () => {
	it('rejects a hidden idea with the reason, gives supporters their votes back, keeps counts exact', () => {
		const supporters = [child(), child()];
		const id = reported(3, supporters);
		const before = votes.budget(db, supporters[0] as SessionUser);
		remove(db, facilitator, id, 'Ada kata kasar di dalamnya');
		expect(ideaRow(id)).toMatchObject({ status: 'ditolak', voteCount: 0 });
		expect(storedVotes(id)).toBe(0);
		expect(votes.budget(db, supporters[0] as SessionUser)?.left).toBe((before?.left ?? 0) + 1);
		expect(unresolved(id)).toBe(0);
		expect(db.select().from(notifications).where(eq(notifications.ideaId, id)).all().at(-1)).toMatchObject({
			userId: author.id,
			kind: 'idea_rejected',
			params: { reason: 'Ada kata kasar di dalamnya' }
		});
		expect(db.select().from(ideaEvents).where(eq(ideaEvents.ideaId, id)).all().at(-1)).toMatchObject({
			status: 'ditolak',
			reason: 'Ada kata kasar di dalamnya'
		});
		expect(
			db.select().from(auditLog).where(eq(auditLog.action, 'idea.remove')).all().at(-1)?.details
		).toEqual({
			reports: 3,
			votesReturned: 2
		});
	});

	it('can take down a published idea with reports below the threshold', () => {
		const id = reported(1);
		remove(db, facilitator, id, 'Ada nomor HP penulis');
		expect(ideaRow(id)?.status).toBe('ditolak');
	});

	it.each(['menunggu', 'ditolak', 'digabung', 'ditarik'] as const)('refuses an idea that is %s', (status) => {
		const idea = makeIdea(db, author, { cycleId: cycle.id, status });
		expect(() => remove(db, facilitator, idea.id, 'Alasan apa pun')).toThrow('modr_not_removable');
		expect(ideaRow(idea.id)?.status).toBe(status);
	});
});

describe('dismissReports', () => {
	it('resolves reports on a published idea that stays published, logged with the reason', () => {
		const id = reported(2);
		dismissReports(db, facilitator, id, 'Laporannya tidak tepat');
		expect(ideaRow(id)?.status).toBe('terbit');
		expect(unresolved(id)).toBe(0);
		expect(logFor(id)).toEqual(['reports.dismiss']);
		expect(notesFor(id)).toEqual([]);
	});

	it('refuses an idea without open reports, and a hidden idea (restore it instead)', () => {
		const clean = makeIdea(db, author, { cycleId: cycle.id });
		expect(() => dismissReports(db, facilitator, clean.id, 'Tidak ada apa-apa')).toThrow('modr_no_reports');
		const hidden = reported(3);
		expect(() => dismissReports(db, facilitator, hidden, 'Tidak ada apa-apa')).toThrow('modr_not_published');
		expect(unresolved(hidden)).toBe(3);
		expect(logFor(clean.id)).toEqual([]);
	});
});

describe('every decision', () => {
	const verbs = { restore, remove, dismissReports };

	it.each(Object.keys(verbs) as (keyof typeof verbs)[])(
		'%s refuses anyone who is not a facilitator',
		(name) => {
			const id = reported(3);
			for (const actor of [author, child(), makeUser(db, { kind: 'staff', roles: ['admin', 'bappeda'] })]) {
				expect(() => verbs[name](db, actor, id, 'Alasan yang cukup')).toThrow(Forbidden);
			}
			expect(ideaRow(id)?.status).toBe('disembunyikan');
			expect(logFor(id)).toEqual(['idea.hide']);
		}
	);

	it.each(Object.keys(verbs) as (keyof typeof verbs)[])('%s refuses the facilitator’s own idea', (name) => {
		const id = reported(3, [], facilitator);
		expect(() => verbs[name](db, facilitator, id, 'Alasan yang cukup')).toThrow('moderate_own');
		expect(unresolved(id)).toBe(3);
	});

	it.each(Object.keys(verbs) as (keyof typeof verbs)[])('%s needs a reason and an existing idea', (name) => {
		const id = reported(3);
		expect(() => verbs[name](db, facilitator, id, ' a ')).toThrow(Invalid);
		expect(() => verbs[name](db, facilitator, id, 'x'.repeat(501))).toThrow('modr_reason');
		expect(() => verbs[name](db, facilitator, 999_999, 'Alasan yang cukup')).toThrow(NotFound);
		expect(ideaRow(id)?.status).toBe('disembunyikan');
	});
});
