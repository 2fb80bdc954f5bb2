// Small builders for tests that need children, staff, a cycle and ideas in a real test database.
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { cycles, ideas, userRoles, users, type IdeaStatus, type Role } from '../db/schema';
import * as regions from '../regions';

const DAY = 86_400_000;
export const DESA = '61.07.01.2001'; // Sungai Duri, Kecamatan Sungai Raya
export const KECAMATAN = '61.07.01';

/** What a child types for a desa idea: passes every rule and screening. */
export const IDEA_INPUT = {
	title: 'Taman bermain di Sungai Duri',
	body: 'Kami tidak punya tempat bermain yang aman, anak-anak main di pinggir jalan.',
	cluster: 4,
	level: 'desa' as const,
	regionCode: DESA
};

let seq = 0;

export function makeUser(
	db: Db,
	opts: { roles?: Role[]; kind?: 'child' | 'staff'; age?: number; verified?: boolean; now?: Date } = {}
): SessionUser {
	regions.ensureShipped(db);
	const now = opts.now ?? new Date();
	const kind = opts.kind ?? 'child';
	const roles = opts.roles ?? (kind === 'child' ? ['anak'] : ['fasilitator']);
	const id = `u${++seq}-${Math.random().toString(36).slice(2, 8)}`;
	const birthYear = kind === 'child' ? now.getFullYear() - (opts.age ?? 12) - 1 : null;
	const user = {
		id,
		username: id,
		passwordHash: '!',
		kind,
		birthYear,
		birthMonth: kind === 'child' ? 1 : null,
		desaCode: kind === 'child' ? DESA : null,
		verifiedAt: opts.verified ? now : null
	} as const;
	db.insert(users).values(user).run();
	db.insert(userRoles)
		.values(roles.map((role) => ({ userId: id, role })))
		.run();
	return {
		id,
		username: id,
		kind,
		displayName: null,
		birthYear,
		birthMonth: user.birthMonth,
		desaCode: user.desaCode,
		verifiedAt: user.verifiedAt,
		opdId: null,
		roles
	};
}

export function makeCycle(db: Db, now = new Date(), days = { opened: 10, votingLeft: 20 }) {
	return db
		.insert(cycles)
		.values({
			name: `Musrenbang Anak ${++seq}`,
			planYear: now.getFullYear() + 1,
			opensAt: new Date(now.getTime() - days.opened * DAY),
			votingClosesAt: new Date(now.getTime() + days.votingLeft * DAY),
			reviewStartsAt: new Date(now.getTime() + (days.votingLeft + 10) * DAY),
			reviewDeadlineAt: new Date(now.getTime() + (days.votingLeft + 40) * DAY)
		})
		.returning()
		.get();
}

export function makeIdea(
	db: Db,
	author: SessionUser,
	opts: {
		cycleId?: number | null;
		status?: IdeaStatus;
		title?: string;
		body?: string;
		cluster?: number;
		votes?: number;
	} = {}
) {
	return db
		.insert(ideas)
		.values({
			cycleId: opts.cycleId ?? null,
			authorId: author.id,
			title: opts.title ?? 'Lampu jalan di depan sekolah',
			body: opts.body ?? 'Jalan ke sekolah gelap sekali waktu pulang sore, kami takut lewat sana.',
			cluster: opts.cluster ?? 4,
			level: 'desa',
			regionCode: DESA,
			kecamatanCode: KECAMATAN,
			status: opts.status ?? 'terbit',
			voteCount: opts.votes ?? 0,
			publishedAt: (opts.status ?? 'terbit') === 'terbit' ? new Date() : null
		})
		.returning()
		.get();
}
