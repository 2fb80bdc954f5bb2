// Demo work for facilitators: flagged ideas in the queue, an idea with two reports, a merged pair and
// one fictional safeguarding item (the demo facilitator holds the safeguarding permission).
import { eq } from 'drizzle-orm';
import type { Db } from '../src/lib/server/db/client';
import { cycles, ideaEvents, ideas, reports, users } from '../src/lib/server/db/schema';
import * as screening from '../src/lib/server/screening';

const DAY = 86_400_000;

export function seedModeration(db: Db, now: Date, id: (name: string) => string): void {
	const cycle = db.select().from(cycles).get();
	if (!cycle) return;
	db.transaction((tx) => {
		const post = (author: string, title: string, body: string, status: 'menunggu' | 'perlindungan') => {
			const row = tx
				.insert(ideas)
				.values({
					cycleId: cycle.id,
					authorId: id(author),
					title,
					body,
					cluster: 5,
					level: 'kabupaten',
					regionCode: '61.07',
					status,
					screening: screening.screen(`${title}\n${body}`).hits,
					createdAt: new Date(now.getTime() - DAY / 3)
				})
				.returning({ id: ideas.id })
				.get();
			tx.insert(ideaEvents)
				.values({ ideaId: row.id, status, actorId: id(author), actorRole: 'penulis' })
				.run();
			return row.id;
		};
		post(
			'anak6',
			'Lapangan futsal di dekat SMP',
			'Kami mau main futsal sore hari. Kalau setuju hubungi aku di 0812-3456-7890 ya, nanti kita ajukan bersama.',
			'menunggu'
		);
		post(
			'anak7',
			'Guru yang sering tidak datang',
			'Guru matematika kami sering tidak datang, dasar goblok sekali sekolahnya. Kami mau guru pengganti.',
			'menunggu'
		);
		// Fictional, for the demo only: a disclosure that screening routes to the safeguarding queue.
		post(
			'anak14',
			'Tolong saya',
			'Aku sering dipukul om di rumah kalau ibu kerja. Aku takut pulang sekolah.',
			'perlindungan'
		);

		const published = tx
			.select({ id: ideas.id, title: ideas.title })
			.from(ideas)
			.where(eq(ideas.status, 'terbit'))
			.all();
		const reported = published.find((p) => p.title.startsWith('Wifi gratis'));
		if (reported) {
			tx.insert(reports)
				.values([
					{
						ideaId: reported.id,
						reporterId: id('anak8'),
						reason: 'not_true',
						note: 'Perpustakaan desa sudah ada wifi'
					},
					{ ideaId: reported.id, reporterId: id('anak9'), reason: 'spam' }
				])
				.run();
		}
		const target = published.find((p) => p.title.startsWith('Taman baca'));
		const duplicate = tx
			.insert(ideas)
			.values({
				cycleId: cycle.id,
				authorId: id('anak17'),
				title: 'Pojok baca di balai desa',
				body: 'Balai desa kami kosong setiap sore. Kalau ada rak buku dan tikar, anak-anak bisa membaca di sana.',
				cluster: 4,
				level: 'kabupaten',
				regionCode: '61.07',
				status: 'digabung',
				mergedIntoId: target?.id ?? null,
				createdAt: new Date(now.getTime() - 6 * DAY),
				publishedAt: new Date(now.getTime() - 5 * DAY)
			})
			.returning({ id: ideas.id })
			.get();
		tx.insert(ideaEvents)
			.values([
				{ ideaId: duplicate.id, status: 'terbit', actorId: id('fasilitator'), actorRole: 'fasilitator' },
				{
					ideaId: duplicate.id,
					status: 'digabung',
					actorId: id('fasilitator'),
					actorRole: 'fasilitator',
					reason: `Sama dengan "${target?.title ?? ''}": dukungannya dipindah ke sana.`
				}
			])
			.run();
		tx.update(users)
			.set({ canSafeguard: true })
			.where(eq(users.id, id('fasilitator')))
			.run();
	});
}
