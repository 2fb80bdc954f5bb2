import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { createTestDb } from '../db/test-db';
import {
	auditLog,
	cycles,
	ideaEvents,
	ideas,
	notifications,
	passwordResetCodes,
	reports,
	sessions,
	userRoles,
	users,
	votes
} from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import * as notify from '../notifications';
import { authenticate, registerChild } from '../users';
import { confirmsDeletion, deleteAccount, UNUSABLE_PASSWORD_HASH } from './delete';
import { addCycle, addIdea, addUser, addVote, DESA } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const PASSWORD = 'rahasia-kita';
let cycleId: number;
let hash: string;

beforeAll(async () => {
	cycleId = addCycle(db);
	hash = await hashPassword(PASSWORD);
});

const countWhere = (
	table: typeof votes | typeof sessions | typeof notifications,
	where: ReturnType<typeof eq>
) => db.select({ n: count() }).from(table).where(where).get()!.n;
const ideaRow = (id: number) => db.select().from(ideas).where(eq(ideas.id, id)).get();
const userRow = (id: string) => db.select().from(users).where(eq(users.id, id)).get()!;
/** ideas.vote_count must always equal count(*) of votes. */
const voteCountDrift = () =>
	db.$client
		.prepare(
			'select count(*) as n from ideas i where i.vote_count <> (select count(*) from votes v where v.idea_id = i.id)'
		)
		.get() as { n: number };

/** A child with a bit of everything: ideas in several statuses, votes, a report, notes, a session. */
function busyChild(name: string) {
	const id = addUser(db, name, { passwordHash: hash, verified: true });
	const friend = addUser(db, `${name}.teman`, { verified: true });
	const published = addIdea(db, id, cycleId, { status: 'terbit', photo: 'terbit.webp' });
	const hidden = addIdea(db, id, cycleId, { status: 'disembunyikan' });
	const waiting = addIdea(db, id, cycleId, { status: 'menunggu', photo: 'menunggu.webp' });
	const rejected = addIdea(db, id, cycleId, { status: 'ditolak', reason: 'Ada nomor HP' });
	const withdrawn = addIdea(db, id, cycleId, { status: 'ditarik', photo: 'ditarik.webp' });
	const changes = addIdea(db, id, cycleId, { status: 'perlu_perbaikan' });
	const safeguarding = addIdea(db, id, cycleId, { status: 'perlindungan' });
	const friendsA = addIdea(db, friend, cycleId, { title: 'Ide teman A' });
	const friendsB = addIdea(db, friend, cycleId, { title: 'Ide teman B' });
	addVote(db, id, friendsA, cycleId);
	addVote(db, id, friendsB, cycleId);
	addVote(db, friend, published, cycleId);
	db.insert(reports).values({ ideaId: friendsA, reporterId: id, reason: 'spam' }).run();
	db.insert(reports).values({ ideaId: published, reporterId: friend, reason: 'kasar' }).run();
	notify.notify(db, { userId: id, kind: 'idea_published', ideaId: published });
	notify.notify(db, { userId: friend, kind: 'idea_published', ideaId: friendsA });
	db.insert(passwordResetCodes)
		.values({ userId: id, codeHash: 'abc', expiresAt: new Date(Date.now() + 3_600_000) })
		.run();
	const token = generateSessionToken();
	createSession(db, token, id);
	return {
		id,
		friend,
		token,
		kept: [published, hidden, safeguarding],
		deleted: [waiting, rejected, withdrawn, changes],
		friendsIdeas: [friendsA, friendsB]
	};
}

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('deleteAccount', () => {
	it('keeps votes of a cycle past its cut-off, so the counts behind golden tickets never change', () => {
		const past = db
			.insert(cycles)
			.values({
				name: 'Siklus lalu',
				planYear: 2020,
				opensAt: new Date(Date.now() - 90 * 86_400_000),
				votingClosesAt: new Date(Date.now() - 60 * 86_400_000),
				reviewStartsAt: new Date(Date.now() - 50 * 86_400_000),
				reviewDeadlineAt: new Date(Date.now() - 10 * 86_400_000)
			})
			.returning()
			.get();
		const voter = addUser(db, 'hapus.lalu', { verified: true });
		const author = addUser(db, 'hapus.lalu.penulis', { verified: true });
		const old = addIdea(db, author, past.id, { title: 'Ide siklus lalu' });
		addVote(db, voter, old, past.id);
		const result = deleteAccount(db, voter);
		expect(result.votesRemoved).toBe(0);
		expect(ideaRow(old)!.voteCount).toBe(1);
		expect(countWhere(votes, eq(votes.userId, voter))).toBe(1);
	});

	it('anonymises the account so nobody can sign in to it and its sessions end', async () => {
		const c = busyChild('hapus.satu');
		const now = new Date('2026-04-01T09:00:00Z');
		deleteAccount(db, c.id, now);
		const row = userRow(c.id);
		expect(row).toMatchObject({
			passwordHash: UNUSABLE_PASSWORD_HASH,
			email: null,
			displayName: null,
			birthYear: null,
			birthMonth: null,
			desaCode: null,
			gender: null,
			guardianConsentAt: null,
			verifiedAt: null,
			verifiedBy: null,
			verificationMethod: null,
			inviteCodeId: null,
			deletedAt: now
		});
		expect(row.username).toMatch(/^dihapus-[0-9a-f-]{36}$/);
		expect(await authenticate(db, 'hapus.satu', PASSWORD)).toBeNull();
		expect(await authenticate(db, row.username, PASSWORD)).toBeNull();
		expect(await authenticate(db, row.username, UNUSABLE_PASSWORD_HASH)).toBeNull();
		expect(validateSessionToken(db, c.token)).toBeNull();
		expect(countWhere(sessions, eq(sessions.userId, c.id))).toBe(0);
		expect(db.select().from(userRoles).where(eq(userRoles.userId, c.id)).all()).toEqual([]);
	});

	it('removes the votes and keeps every idea’s support count equal to its votes', () => {
		const c = busyChild('hapus.dua');
		const counts = () => c.friendsIdeas.map((id) => ideaRow(id)!.voteCount);
		expect(counts()).toEqual([1, 1]);
		const result = deleteAccount(db, c.id);
		expect(countWhere(votes, eq(votes.userId, c.id))).toBe(0);
		expect(counts()).toEqual([0, 0]);
		expect(result.votesRemoved).toBe(2);
		expect(voteCountDrift().n).toBe(0);
	});

	it('deletes the unpublished ideas with their timelines and returns their photos', () => {
		const c = busyChild('hapus.tiga');
		const result = deleteAccount(db, c.id);
		for (const id of c.deleted) expect(ideaRow(id)).toBeUndefined();
		expect(
			db
				.select()
				.from(ideaEvents)
				.all()
				.filter((e) => c.deleted.includes(e.ideaId))
		).toEqual([]);
		expect(result.photos.sort()).toEqual(['ditarik.webp', 'menunggu.webp']);
		expect(result).toMatchObject({ ideasDeleted: 4, ideasKept: 3 });
	});

	it('keeps published ideas, their supporters’ votes and reports, with the author anonymised', () => {
		const c = busyChild('hapus.empat');
		deleteAccount(db, c.id);
		const [published, hidden, safeguarding] = c.kept.map((id) => ideaRow(id)!);
		expect([published!.status, hidden!.status, safeguarding!.status]).toEqual([
			'terbit',
			'disembunyikan',
			'perlindungan'
		]);
		expect(published!.authorId).toBe(c.id);
		expect(published!.voteCount).toBe(1);
		expect(countWhere(votes, eq(votes.userId, c.friend))).toBe(1);
		// Public pages name the author only while deletedAt is null.
		const author = db
			.select({ name: sql<string | null>`case when ${users.deletedAt} is null then ${users.username} end` })
			.from(ideas)
			.innerJoin(users, eq(ideas.authorId, users.id))
			.where(eq(ideas.id, published!.id))
			.get();
		expect(author).toEqual({ name: null });
	});

	it('deletes the user’s reports, notifications and reset codes but not other people’s', () => {
		const c = busyChild('hapus.lima');
		deleteAccount(db, c.id);
		expect(db.select().from(reports).where(eq(reports.reporterId, c.id)).all()).toEqual([]);
		expect(db.select().from(reports).where(eq(reports.reporterId, c.friend)).all()).toHaveLength(1);
		expect(countWhere(notifications, eq(notifications.userId, c.id))).toBe(0);
		expect(countWhere(notifications, eq(notifications.userId, c.friend))).toBe(1);
		expect(db.select().from(passwordResetCodes).where(eq(passwordResetCodes.userId, c.id)).all()).toEqual([]);
	});

	it('logs the deletion as the user, with counts and no personal data', () => {
		const c = busyChild('hapus.enam');
		deleteAccount(db, c.id);
		const rows = db.select().from(auditLog).where(eq(auditLog.targetId, c.id)).all();
		expect(rows.map((r) => [r.action, r.actorId, r.targetType, r.reason, r.details])).toEqual([
			['account.delete', c.id, 'user', null, { ideasDeleted: 4, ideasKept: 3, votesRemoved: 2 }]
		]);
		expect(JSON.stringify(rows)).not.toContain('hapus.enam');
	});

	it('frees the nickname for a new account', async () => {
		const c = busyChild('Hapus.Tujuh');
		deleteAccount(db, c.id);
		const again = await registerChild(db, {
			nickname: 'hapus.tujuh',
			password: PASSWORD,
			birthYear: new Date().getFullYear() - 12,
			birthMonth: 3,
			desaCode: DESA,
			gender: null,
			guardianConsent: true
		});
		expect(again).not.toBe(c.id);
		expect(await authenticate(db, 'hapus.tujuh', PASSWORD)).toBe(again);
	});

	it('refuses a staff account and changes nothing', () => {
		const staff = addUser(db, 'staf.hapus', { kind: 'staff', passwordHash: hash });
		const before = userRow(staff);
		const e = thrown(() => deleteAccount(db, staff));
		expect(e).toBeInstanceOf(Forbidden);
		expect(e).toMatchObject({ code: 'staff_self_delete' });
		expect(userRow(staff)).toEqual(before);
	});

	it('refuses an unknown or already deleted account', () => {
		expect(thrown(() => deleteAccount(db, 'tidak-ada'))).toBeInstanceOf(NotFound);
		const c = busyChild('hapus.dua.kali');
		deleteAccount(db, c.id);
		expect(thrown(() => deleteAccount(db, c.id))).toBeInstanceOf(NotFound);
	});

	it('is one transaction: a failure at the last step leaves everything as it was', async () => {
		const c = busyChild('hapus.gagal');
		const snapshot = () => ({
			user: userRow(c.id),
			ideas: db.select().from(ideas).where(eq(ideas.authorId, c.id)).all(),
			friends: c.friendsIdeas.map((id) => ideaRow(id)!.voteCount),
			votes: countWhere(votes, eq(votes.userId, c.id)),
			sessions: countWhere(sessions, eq(sessions.userId, c.id)),
			notes: countWhere(notifications, eq(notifications.userId, c.id)),
			roles: db.select().from(userRoles).where(eq(userRoles.userId, c.id)).all()
		});
		const before = snapshot();
		// The audit row is written last: make it fail.
		db.$client.exec(`create temp trigger fail_delete before insert on audit_log
			when new.action = 'account.delete' begin select raise(abort, 'audit log unavailable'); end`);
		try {
			expect(() => deleteAccount(db, c.id)).toThrow('audit log unavailable');
		} finally {
			db.$client.exec('drop trigger fail_delete');
		}
		expect(snapshot()).toEqual(before);
		expect(await authenticate(db, 'hapus.gagal', PASSWORD)).toBe(c.id);
		expect(validateSessionToken(db, c.token)?.user.id).toBe(c.id);
	});
});

describe('confirmsDeletion', () => {
	it.each([
		['Rina_Ledo', 'Rina_Ledo', true],
		['  rina_ledo ', 'Rina_Ledo', true],
		['Rina', 'Rina_Ledo', false],
		['', 'Rina_Ledo', false],
		['Rina_Ledo2', 'Rina_Ledo', false]
	])('%j confirms %j: %s', (typed, nickname, ok) => {
		expect(confirmsDeletion(typed, nickname)).toBe(ok);
	});
});
