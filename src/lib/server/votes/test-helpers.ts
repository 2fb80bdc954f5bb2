// Rows written straight into a test database: the vote tests are about votes, not sign-up or posting.
import { count, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { cycles, ideas, userRoles, users, votes, type IdeaStatus, type Role } from '../db/schema';

export const DESA = '61.07.03.2001';
export const KECAMATAN = '61.07.03';
const DAY = 24 * 60 * 60 * 1000;

/** Mid-June 2026: inside the cycle made by addCycle() with its default dates. */
export const NOW = new Date(2026, 5, 15, 10, 0);
export const OPENS = new Date(2026, 0, 1);
export const CUT_OFF = new Date(2026, 6, 1);

export interface ChildOptions {
	roles?: Role[];
	birthYear?: number;
	birthMonth?: number;
	verified?: boolean;
}

/** A child account; the result is what the session would hand to a route (SessionUser). */
export function addChild(db: Db, opts: ChildOptions = {}): SessionUser {
	const id = crypto.randomUUID();
	const user = {
		id,
		username: `anak-${id.slice(0, 8)}`,
		kind: 'child' as const,
		displayName: null,
		birthYear: opts.birthYear ?? 2013,
		birthMonth: opts.birthMonth ?? 4,
		desaCode: DESA,
		verifiedAt: opts.verified === false ? null : new Date(2026, 0, 10),
		opdId: null,
		roles: opts.roles ?? ['anak']
	};
	db.insert(users)
		.values({ ...user, passwordHash: 'x', verificationMethod: user.verifiedAt ? 'manual' : null })
		.run();
	for (const role of user.roles) db.insert(userRoles).values({ userId: id, role }).run();
	return user;
}

export function addStaff(db: Db, roles: Role[] = ['fasilitator']): SessionUser {
	const id = crypto.randomUUID();
	db.insert(users)
		.values({ id, username: `staf-${id.slice(0, 8)}`, passwordHash: 'x', kind: 'staff' })
		.run();
	for (const role of roles) db.insert(userRoles).values({ userId: id, role }).run();
	return {
		id,
		username: `staf-${id.slice(0, 8)}`,
		kind: 'staff',
		displayName: null,
		birthYear: null,
		birthMonth: null,
		desaCode: null,
		verifiedAt: null,
		opdId: null,
		roles
	};
}

/** A cycle open from OPENS to CUT_OFF unless told otherwise. */
export function addCycle(db: Db, over: Partial<typeof cycles.$inferInsert> = {}): number {
	const opensAt = over.opensAt ?? OPENS;
	const votingClosesAt = over.votingClosesAt ?? CUT_OFF;
	return db
		.insert(cycles)
		.values({
			name: `Musrenbang Anak ${opensAt.getFullYear()}`,
			planYear: opensAt.getFullYear() + 1,
			opensAt,
			votingClosesAt,
			reviewStartsAt: new Date(votingClosesAt.getTime() + 14 * DAY),
			reviewDeadlineAt: new Date(votingClosesAt.getTime() + 60 * DAY),
			...over
		})
		.returning({ id: cycles.id })
		.get().id;
}

export function addIdea(
	db: Db,
	authorId: string,
	cycleId: number | null,
	status: IdeaStatus = 'terbit'
): number {
	return db
		.insert(ideas)
		.values({
			cycleId,
			authorId,
			title: 'Lampu jalan ke sekolah',
			body: 'Jalan ke sekolah gelap sekali waktu pulang sore, kami takut lewat sana.',
			cluster: 5,
			level: 'desa',
			regionCode: DESA,
			kecamatanCode: KECAMATAN,
			status
		})
		.returning({ id: ideas.id })
		.get().id;
}

export function voteCountOf(db: Db, ideaId: number): number {
	return db.select({ n: ideas.voteCount }).from(ideas).where(eq(ideas.id, ideaId)).get()?.n ?? -1;
}

export function votesOf(db: Db, userId: string): number {
	return db.select({ n: count() }).from(votes).where(eq(votes.userId, userId)).get()?.n ?? 0;
}

export function totalVotes(db: Db): number {
	return db.select({ n: count() }).from(votes).get()?.n ?? 0;
}

/** Ideas whose stored voteCount differs from the votes actually there: must always be empty. */
export function driftedCounts(db: Db) {
	return db
		.select({ id: ideas.id, stored: ideas.voteCount })
		.from(ideas)
		.where(sql`${ideas.voteCount} <> (select count(*) from ${votes} where ${votes.ideaId} = ${ideas.id})`)
		.all();
}

/** The error a call throws; fails the test when it does not throw. */
export function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}
