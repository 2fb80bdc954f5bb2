// Builders for the account and notification tests: rows written directly, without the other domains' rules.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles, ideaEvents, ideas, userRoles, users, votes, type IdeaStatus, type Role } from '../db/schema';
import * as regions from '../regions';

const DAY = 86_400_000;
export const DESA = '61.07.01.2001'; // Sungai Duri, Kecamatan Sungai Raya
export const DESA_NAME = 'Sungai Duri';
const KECAMATAN = '61.07.01';

export function addUser(
	db: Db,
	username: string,
	opts: { kind?: 'child' | 'staff'; roles?: Role[]; passwordHash?: string; verified?: boolean } = {}
): string {
	regions.ensureShipped(db);
	const id = crypto.randomUUID();
	const kind = opts.kind ?? 'child';
	db.insert(users)
		.values({
			id,
			username,
			passwordHash: opts.passwordHash ?? 'x',
			kind,
			birthYear: kind === 'child' ? new Date().getFullYear() - 13 : null,
			birthMonth: kind === 'child' ? 4 : null,
			desaCode: kind === 'child' ? DESA : null,
			gender: kind === 'child' ? 'perempuan' : null,
			guardianConsentAt: kind === 'child' ? new Date() : null,
			verifiedAt: opts.verified ? new Date() : null,
			verificationMethod: opts.verified ? 'manual' : null,
			email: kind === 'staff' ? `${username}@dinas.test` : null
		})
		.run();
	const roles = opts.roles ?? (kind === 'child' ? ['anak'] : ['fasilitator']);
	db.insert(userRoles)
		.values(roles.map((role) => ({ userId: id, role })))
		.run();
	return id;
}

export function addCycle(db: Db, now = new Date()): number {
	return db
		.insert(cycles)
		.values({
			name: 'Musrenbang Anak Uji',
			planYear: now.getFullYear() + 1,
			opensAt: new Date(now.getTime() - 10 * DAY),
			votingClosesAt: new Date(now.getTime() + 20 * DAY),
			reviewStartsAt: new Date(now.getTime() + 30 * DAY),
			reviewDeadlineAt: new Date(now.getTime() + 60 * DAY)
		})
		.returning({ id: cycles.id })
		.get().id;
}

export function addIdea(
	db: Db,
	authorId: string,
	cycleId: number,
	opts: { status?: IdeaStatus; title?: string; photo?: string | null; reason?: string } = {}
): number {
	const status = opts.status ?? 'terbit';
	const id = db
		.insert(ideas)
		.values({
			cycleId,
			authorId,
			title: opts.title ?? `Ide ${status} ${Math.random().toString(36).slice(2, 7)}`,
			body: 'Jalan ke sekolah gelap sekali waktu pulang sore, kami takut lewat sana.',
			cluster: 4,
			level: 'desa',
			regionCode: DESA,
			kecamatanCode: KECAMATAN,
			photo: opts.photo ?? null,
			status,
			publishedAt: status === 'terbit' ? new Date() : null
		})
		.returning({ id: ideas.id })
		.get().id;
	db.insert(ideaEvents)
		.values({ ideaId: id, status: 'menunggu', actorId: authorId, actorRole: 'penulis' })
		.run();
	if (status !== 'menunggu')
		db.insert(ideaEvents)
			.values({ ideaId: id, status, reason: opts.reason ?? null, actorRole: 'fasilitator' })
			.run();
	return id;
}

/** A vote with the idea's counter kept in step, as the vote domain does. */
export function addVote(db: Db, userId: string, ideaId: number, cycleId: number): void {
	db.transaction((tx) => {
		tx.insert(votes).values({ userId, ideaId, cycleId }).run();
		tx.update(ideas)
			.set({ voteCount: sql`${ideas.voteCount} + 1` })
			.where(eq(ideas.id, ideaId))
			.run();
	});
}
