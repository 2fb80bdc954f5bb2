// Demo activity: published ideas with timelines and photos, votes within each child's budget,
// a few ideas waiting for moderation, one open invite code and some notifications.
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { config } from '../src/lib/server/config';
import type { Db } from '../src/lib/server/db/client';
import {
	cycles,
	ideaEvents,
	ideas,
	inviteCodes,
	notifications,
	regions,
	users,
	votes
} from '../src/lib/server/db/schema';
import * as uploads from '../src/lib/server/uploads';
import { DEMO_IDEAS } from './demo-ideas';
import { seedModeration } from './demo-moderation';

const DAY = 86_400_000;
export const DEMO_INVITE_CODE = 'ANAK-2345';

function userIds(db: Db, names: string[]) {
	const rows = db
		.select({ id: users.id, username: users.username })
		.from(users)
		.where(inArray(users.username, names))
		.all();
	return new Map(rows.map((r) => [r.username, r.id]));
}

function place(db: Db, kecamatanName: string, desaName: string | null, level: string) {
	const kec = db
		.select()
		.from(regions)
		.where(and(eq(regions.level, 'kecamatan'), eq(regions.name, kecamatanName)))
		.get();
	if (!kec) throw new Error(`Demo data: no kecamatan ${kecamatanName}`);
	if (level === 'kabupaten') return { regionCode: kec.parentCode ?? '', kecamatanCode: null };
	if (level === 'kecamatan') return { regionCode: kec.code, kecamatanCode: kec.code };
	const villages = db.select().from(regions).where(eq(regions.parentCode, kec.code)).all();
	const desa = villages.find((v) => v.name === desaName) ?? villages[0];
	if (!desa) throw new Error(`Demo data: no desa in ${kecamatanName}`);
	return { regionCode: desa.code, kecamatanCode: kec.code };
}

export async function seedActivity(db: Db, now: Date, uploadsDir = config.uploadsDir): Promise<void> {
	const cycle = db.select().from(cycles).get();
	if (!cycle) throw new Error('Demo data: no cycle');
	const names = ['forum1', 'fasilitator', ...Array.from({ length: 20 }, (_, i) => `anak${i + 1}`)];
	const ids = userIds(db, names);
	const id = (name: string) => ids.get(name) ?? '';
	const authors = names.filter((n) => n !== 'fasilitator');

	// Photos go through the same cleaning as uploads.
	const photoNames = new Map<string, string>();
	for (const file of new Set(DEMO_IDEAS.flatMap((d) => (d[6] ? [d[6]] : [])))) {
		const bytes = fs.readFileSync(path.resolve('scripts/demo-photos', file));
		photoNames.set(file, await uploads.savePhoto(new Uint8Array(bytes), uploadsDir));
	}

	db.transaction((tx) => {
		const published: { id: number; author: string }[] = [];
		DEMO_IDEAS.forEach(([title, body, cluster, level, kec, desa, photo], i) => {
			const author = authors[i % authors.length] ?? 'anak1';
			const createdAt = new Date(now.getTime() - (28 - (i % 25)) * DAY);
			const publishedAt = new Date(createdAt.getTime() + DAY / 2);
			const row = tx
				.insert(ideas)
				.values({
					cycleId: cycle.id,
					authorId: id(author),
					title,
					body,
					cluster,
					level,
					...place(db, kec, desa, level),
					photo: photo ? (photoNames.get(photo) ?? null) : null,
					status: 'terbit',
					isGroup: author === 'forum1',
					groupForum: author === 'forum1' ? 'Forum Anak Kabupaten Bengkayang' : null,
					groupSize: author === 'forum1' ? 18 : null,
					createdAt,
					publishedAt
				})
				.returning({ id: ideas.id })
				.get();
			tx.insert(ideaEvents)
				.values([
					{ ideaId: row.id, status: 'menunggu', actorId: id(author), actorRole: 'penulis', createdAt },
					{
						ideaId: row.id,
						status: 'terbit',
						actorId: id('fasilitator'),
						actorRole: 'fasilitator',
						createdAt: publishedAt
					}
				])
				.run();
			published.push({ id: row.id, author });
		});

		// Verified children (anak1–anak15 and forum1) spend their budget on others' ideas.
		const voters = ['forum1', ...Array.from({ length: 15 }, (_, i) => `anak${i + 1}`)];
		const counts = new Map<number, number>();
		voters.forEach((voter, k) => {
			const chosen = new Set<number>();
			for (let j = 0; chosen.size < cycle.voteBudget && j < published.length * 2; j++) {
				// Skewed towards the first ideas so the list has clear favourites.
				const idea = published[(k * j + j * j) % Math.min(published.length, 6 + k)];
				if (idea && idea.author !== voter) chosen.add(idea.id);
			}
			for (const ideaId of chosen) {
				tx.insert(votes)
					.values({ cycleId: cycle.id, ideaId, userId: id(voter) })
					.run();
				counts.set(ideaId, (counts.get(ideaId) ?? 0) + 1);
			}
		});
		for (const [ideaId, n] of counts)
			tx.update(ideas).set({ voteCount: n }).where(eq(ideas.id, ideaId)).run();

		const waiting = [
			[
				'anak2',
				'Tempat sampah di depan sekolah',
				'Sampah jajanan berserakan di depan sekolah karena tidak ada tempat sampah. Mohon disediakan tempat sampah terpisah.'
			],
			[
				'anak5',
				'Kolam renang umum yang murah',
				'Kami ingin belajar berenang supaya aman waktu main di sungai, tapi tidak ada tempat belajar berenang yang aman.'
			]
		] as const;
		for (const [author, title, body] of waiting) {
			const row = tx
				.insert(ideas)
				.values({
					cycleId: cycle.id,
					authorId: id(author),
					title,
					body,
					cluster: 4,
					level: 'kabupaten',
					regionCode: '61.07'
				})
				.returning({ id: ideas.id })
				.get();
			tx.insert(ideaEvents)
				.values({ ideaId: row.id, status: 'menunggu', actorId: id(author), actorRole: 'penulis' })
				.run();
		}

		tx.insert(inviteCodes)
			.values({
				code: DEMO_INVITE_CODE,
				label: 'Sesi demo: SDN 3 Ledo, kelas 6',
				maxUses: 30,
				expiresAt: new Date(now.getTime() + 90 * DAY),
				createdBy: id('fasilitator')
			})
			.run();

		const mine = published.filter((p) => p.author === 'anak1').slice(0, 2);
		tx.insert(notifications)
			.values([
				...mine.map((p) => ({ userId: id('anak1'), kind: 'idea_published', ideaId: p.id })),
				{ userId: id('anak1'), kind: 'idea_submitted', ideaId: mine[0]?.id ?? null, readAt: now }
			])
			.run();
	});
	seedModeration(db, now, id);
}
