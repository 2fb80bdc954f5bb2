import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, cycles, ideaEvents, ideas, notifications, reports as reportTable } from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import * as ideaReads from '../ideas/read';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import * as votes from '../votes';
import * as reports from './index';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const cycle = makeCycle(db);
const author = makeUser(db);
const children = () => makeUser(db, { verified: true });

const statusOf = (id: number) => db.select().from(ideas).where(eq(ideas.id, id)).get()?.status;
const reportsOn = (id: number) => db.select().from(reportTable).where(eq(reportTable.ideaId, id)).all();

describe('report', () => {
	it('stores one report per reporter per idea, keeping the first', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		const child = children();
		expect(reports.report(db, child, idea.id, 'spam', '  iklan  ')).toEqual({ first: true, hidden: false });
		expect(reports.report(db, child, idea.id, 'insult', 'lagi')).toEqual({ first: false, hidden: false });
		expect(reportsOn(idea.id)).toMatchObject([{ reporterId: child.id, reason: 'spam', note: 'iklan' }]);
		expect(statusOf(idea.id)).toBe('terbit');
	});

	it('lets staff report too, with an empty note stored as null', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		const staff = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
		reports.report(db, staff, idea.id, 'other', '   ');
		expect(reportsOn(idea.id)).toMatchObject([{ reporterId: staff.id, note: null }]);
	});

	it('refuses the author reporting their own idea, and writes nothing', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		expect(() => reports.report(db, author, idea.id, 'spam', null)).toThrow(Forbidden);
		expect(() => reports.report(db, author, idea.id, 'spam', null)).toThrow('report_own');
		expect(reportsOn(idea.id)).toEqual([]);
	});

	it.each(['menunggu', 'ditolak', 'disembunyikan', 'digabung', 'perlindungan', 'ditarik'] as const)(
		'refuses a report on an idea that is %s (only published ideas) as NotFound',
		(status) => {
			const idea = makeIdea(db, author, { cycleId: cycle.id, status });
			expect(() => reports.report(db, children(), idea.id, 'spam', null)).toThrow(NotFound);
			expect(reportsOn(idea.id)).toEqual([]);
		}
	);

	it('refuses an unknown idea, an unknown reason and a note over 300 characters', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		expect(() => reports.report(db, children(), 999_999, 'spam', null)).toThrow(NotFound);
		expect(() => reports.report(db, children(), idea.id, 'boring' as reports.ReportReason, null)).toThrow(
			Invalid
		);
		expect(() => reports.report(db, children(), idea.id, 'other', 'x'.repeat(301))).toThrow('report_note');
		expect(reportsOn(idea.id)).toEqual([]);
	});

	it('hides the idea when the third distinct reporter reports it, in the same step', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id, title: 'Ide yang dilaporkan tiga kali' });
		const [a, b, c] = [children(), children(), children()];
		reports.report(db, a, idea.id, 'spam', null);
		reports.report(db, a, idea.id, 'spam', null); // the same reporter again counts once
		expect(reports.report(db, b, idea.id, 'insult', null).hidden).toBe(false);
		expect(statusOf(idea.id)).toBe('terbit');
		expect(reports.report(db, c, idea.id, 'insult', null)).toEqual({ first: true, hidden: true });

		expect(statusOf(idea.id)).toBe('disembunyikan');
		expect(db.select().from(ideaEvents).where(eq(ideaEvents.ideaId, idea.id)).all().at(-1)).toMatchObject({
			status: 'disembunyikan',
			actorRole: 'sistem',
			actorId: null,
			reason: reports.HIDDEN_REASON
		});
		expect(db.select().from(notifications).where(eq(notifications.ideaId, idea.id)).all()).toMatchObject([
			{ userId: author.id, kind: 'idea_hidden' }
		]);
		expect(
			db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'idea.hide'), eq(auditLog.targetId, String(idea.id))))
				.get()
		).toMatchObject({ actorId: null, details: { reporters: 3 } });
		// Gone from the public list and the idea page; a fourth report finds nothing to report.
		expect(ideaReads.browse(db, { q: 'dilaporkan tiga' }).ideas).toEqual([]);
		expect(() => ideaReads.get(db, idea.id, null)).toThrow(NotFound);
		expect(() => reports.report(db, children(), idea.id, 'spam', null)).toThrow(NotFound);
	});

	it('keeps the votes of a hidden idea', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		const supporter = children();
		votes.cast(db, supporter, idea.id);
		for (const child of [children(), children(), children()])
			reports.report(db, child, idea.id, 'spam', null);
		expect(statusOf(idea.id)).toBe('disembunyikan');
		expect(db.select().from(ideas).where(eq(ideas.id, idea.id)).get()?.voteCount).toBe(1);
		expect(votes.supportedIds(db, supporter.id, [idea.id])).toEqual(new Set([idea.id]));
	});

	it('follows the cycle’s own threshold, and 3 for an idea without a cycle', () => {
		const strict = db
			.update(cycles)
			.set({ reportsToHide: 1 })
			.where(eq(cycles.id, makeCycle(db).id))
			.returning()
			.get();
		const once = makeIdea(db, author, { cycleId: strict.id });
		expect(reports.report(db, children(), once.id, 'unsafe', null).hidden).toBe(true);

		const loose = makeIdea(db, author, { cycleId: null });
		reports.report(db, children(), loose.id, 'spam', null);
		reports.report(db, children(), loose.id, 'spam', null);
		expect(statusOf(loose.id)).toBe('terbit');
		expect(reports.report(db, children(), loose.id, 'spam', null).hidden).toBe(true);
	});

	it('counts only open reports: resolved ones do not count towards hiding again', () => {
		const idea = makeIdea(db, author, { cycleId: cycle.id });
		const [a, b] = [children(), children()];
		reports.report(db, a, idea.id, 'spam', null);
		reports.report(db, b, idea.id, 'spam', null);
		db.update(reportTable).set({ resolvedAt: new Date() }).where(eq(reportTable.ideaId, idea.id)).run();
		// The same two reporting again are kept out; one new reporter is not enough.
		expect(reports.report(db, a, idea.id, 'spam', null).first).toBe(false);
		expect(reports.report(db, children(), idea.id, 'spam', null).hidden).toBe(false);
		expect(statusOf(idea.id)).toBe('terbit');
	});
});
