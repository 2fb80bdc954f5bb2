// Rows written straight into a test database: a closed cycle, children, ideas in two kecamatan, votes.
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import {
	cycles,
	ideas,
	userRoles,
	users,
	votes,
	type IdeaLevel,
	type IdeaStatus,
	type Role
} from '../db/schema';
import * as regions from '../regions';

const DAY = 86_400_000;
/** Two kecamatan of Bengkayang with a desa each. */
export const KEC_A = '61.07.01'; // Sungai Raya
export const DESA_A = '61.07.01.2001'; // Sungai Duri
export const KEC_B = '61.07.02'; // Samalantan
export const DESA_B = '61.07.02.2001';
export const KABUPATEN = '61.07';

export const OPENS = new Date('2026-01-05T00:00:00Z');
export const CUT_OFF = new Date('2026-03-31T16:59:59Z');
/** A day after the cut-off: choosing golden tickets. */
export const AFTER = new Date(CUT_OFF.getTime() + DAY);
export const at = (minutes: number) => new Date(OPENS.getTime() + minutes * 60_000);

let seq = 0;

export function addUser(
	db: Db,
	opts: { roles?: Role[]; desa?: string | null; verified?: boolean; age?: number } = {}
): SessionUser {
	regions.ensureShipped(db);
	const roles = opts.roles ?? ['anak'];
	const child = roles.every((r) => r === 'anak' || r === 'forum_anak');
	const id = `t${++seq}-${crypto.randomUUID().slice(0, 8)}`;
	const user = {
		id,
		username: id,
		kind: child ? ('child' as const) : ('staff' as const),
		displayName: null,
		birthYear: child ? 2026 - (opts.age ?? 13) - 1 : null,
		birthMonth: child ? 1 : null,
		desaCode: child ? (opts.desa === undefined ? DESA_A : opts.desa) : null,
		verifiedAt: child && opts.verified !== false ? OPENS : null,
		opdId: null,
		roles
	};
	db.insert(users)
		.values({ ...user, passwordHash: '!' })
		.run();
	db.insert(userRoles)
		.values(roles.map((role) => ({ userId: id, role })))
		.run();
	return user;
}

export function addCycle(db: Db, over: Partial<typeof cycles.$inferInsert> = {}): number {
	return db
		.insert(cycles)
		.values({
			name: 'Musrenbang Anak 2026',
			planYear: 2027,
			opensAt: OPENS,
			votingClosesAt: CUT_OFF,
			reviewStartsAt: new Date(CUT_OFF.getTime() + 15 * DAY),
			reviewDeadlineAt: new Date(CUT_OFF.getTime() + 45 * DAY),
			minVotesForTicket: 2,
			ticketsPerKecamatan: 1,
			ticketsForKabupaten: 1,
			...over
		})
		.returning({ id: cycles.id })
		.get().id;
}

export function addIdea(
	db: Db,
	authorId: string,
	cycleId: number,
	opts: { title?: string; status?: IdeaStatus; level?: IdeaLevel; kec?: string | null; cluster?: number } = {}
): number {
	const level = opts.level ?? 'desa';
	const kec = level === 'kabupaten' ? null : (opts.kec ?? KEC_A);
	const regionCode =
		level === 'kabupaten' ? KABUPATEN : level === 'kecamatan' ? kec! : kec === KEC_B ? DESA_B : DESA_A;
	return db
		.insert(ideas)
		.values({
			cycleId,
			authorId,
			title: opts.title ?? `Ide nomor ${++seq} untuk anak`,
			body: 'Jalan ke sekolah gelap sekali waktu pulang sore, kami takut lewat sana setiap hari.',
			cluster: opts.cluster ?? 4,
			level,
			regionCode,
			kecamatanCode: kec,
			status: opts.status ?? 'terbit'
		})
		.returning({ id: ideas.id })
		.get().id;
}

/** `n` votes from fresh verified children (or unverified ones), the last at minute `last`. */
export function addVotes(db: Db, cycleId: number, ideaId: number, n: number, last: number, verified = true) {
	const voters: string[] = [];
	for (let i = 0; i < n; i++) {
		const voter = addUser(db, { verified });
		voters.push(voter.id);
		db.insert(votes)
			.values({ cycleId, ideaId, userId: voter.id, createdAt: at(last - (n - 1 - i)) })
			.run();
	}
	db.update(ideas).set({ voteCount: n }).where(eq(ideas.id, ideaId)).run();
	return voters;
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
