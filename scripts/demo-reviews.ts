// Demo answers from the planning agency on the closed cycle's golden tickets, recorded through the
// reviews domain's own verbs: accepted with program, year and amount; done with a date and a photo;
// deferred; declined with a reason for children; progress notes from Dinas Kesehatan; and the last one
// left unanswered past the review deadline, so /tiket-emas and /bappeda show an overdue answer.
import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../src/lib/server/auth/permissions';
import { config } from '../src/lib/server/config';
import type { Db } from '../src/lib/server/db/client';
import { cycles, opds, proposals, userRoles, users } from '../src/lib/server/db/schema';
import * as reviews from '../src/lib/server/reviews';

const DAY = 86_400_000;

/** Usernames of the demo accounts that act: the planning agency and an OPD (its agency from the account). */
export interface ReviewActors {
	bappeda: string;
	opd: string;
}

export interface DemoReviews {
	accepted: number[];
	realised: number | null;
	deferred: number | null;
	declined: number | null;
	overdue: number | null;
}

function actor(db: Db, username: string): Actor & { opdId: number | null } {
	const u = db.select().from(users).where(eq(users.username, username)).get();
	if (!u) throw new Error(`Demo reviews: no account ${username}`);
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, u.id))
		.all()
		.map((r) => r.role);
	return { ...u, roles };
}

/** A photo from scripts/demo-photos that fits the proposal, as if posted with the form. */
function photoFor(title: string): File {
	const file = /bermain|taman/i.test(title)
		? 'playground.webp'
		: /lampu|jalan|zebra/i.test(title)
			? 'road.webp'
			: /puskesmas|posyandu|kesehatan/i.test(title)
				? 'clinic.webp'
				: 'school.webp';
	return new File([new Uint8Array(fs.readFileSync(path.resolve('scripts/demo-photos', file)))], file);
}

/**
 * `proposalIds`: the closed cycle's proposals, sent to the planning agency (seedTickets' proposalIds).
 * Outcomes go in this order, as far as there are proposals: done (accepted first, then realised with a
 * photo), accepted, accepted and carried out by the OPD with progress notes, deferred, declined (late),
 * and the last one always left unanswered (overdue once the cycle's review deadline has passed).
 */
export async function seedReviews(
	db: Db,
	who: ReviewActors,
	proposalIds: readonly number[],
	now = new Date(),
	uploadsDir = config.uploadsDir
): Promise<DemoReviews> {
	const out: DemoReviews = { accepted: [], realised: null, deferred: null, declined: null, overdue: null };
	if (proposalIds.length === 0) return out;
	const bappeda = actor(db, who.bappeda);
	const opd = actor(db, who.opd);
	const rows = db
		.select({
			id: proposals.id,
			title: proposals.title,
			activity: proposals.activity,
			cost: proposals.cost,
			planYear: cycles.planYear,
			deadline: cycles.reviewDeadlineAt
		})
		.from(proposals)
		.innerJoin(cycles, eq(proposals.cycleId, cycles.id))
		.where(inArray(proposals.id, [...proposalIds]))
		.all();
	const byId = new Map(rows.map((r) => [r.id, r]));
	const list = proposalIds.map((id) => byId.get(id)).filter((r) => r !== undefined);
	// Answers are timed around the cycle's review deadline (days before it are on time), never in the future.
	const deadline = list[0]?.deadline.getTime() ?? now.getTime();
	const around = (days: number) => new Date(Math.min(deadline + days * DAY, now.getTime()));
	// Accepted as the activity the proposal named, in the cycle's RKPD year, for its rough cost.
	const accept = (p: (typeof list)[number], when: Date) =>
		reviews.decide(
			db,
			bappeda,
			p.id,
			{ status: 'diterima', programName: p.activity, planYear: p.planYear, amount: p.cost ?? 95_000_000 },
			when
		);

	// The last one waits: nobody answered it in time.
	out.overdue = list.at(-1)?.id ?? null;
	const answered = list.slice(0, -1);
	const [done, plain, carried, deferred, declined, ...rest] = answered;

	if (done) {
		accept(done, around(-24));
		await reviews.realise(
			db,
			bappeda,
			done.id,
			{
				realisedAt: around(180),
				note: 'Sudah selesai dikerjakan dan sudah dipakai anak-anak. Terima kasih untuk idenya!'
			},
			photoFor(done.title),
			around(185),
			uploadsDir
		);
		out.realised = done.id;
	}
	for (const p of [plain, ...rest].filter((r) => r !== undefined)) {
		accept(p, around(-22));
		out.accepted.push(p.id);
	}
	if (carried) {
		accept(carried, around(-20));
		const agency = opd.opdId ?? db.select().from(opds).where(eq(opds.code, 'dinkes')).get()?.id;
		if (agency) reviews.assignOpd(db, bappeda, carried.id, agency, around(-19));
		reviews.addProgress(db, opd, carried.id, 'Survei lokasi dan rencana kerja sudah selesai.', around(60));
		reviews.addProgress(
			db,
			opd,
			carried.id,
			'Petugas sudah dilatih; layanan dibuka bulan depan.',
			around(150)
		);
		out.accepted.push(carried.id);
	}
	if (deferred) {
		reviews.decide(
			db,
			bappeda,
			deferred.id,
			{
				status: 'ditunda',
				reason:
					'Anggaran tahun depan untuk kegiatan seperti ini sudah penuh. Usulan ini kami masukkan lagi untuk tahun berikutnya.',
				deferredToYear: deferred.planYear + 1
			},
			around(-18)
		);
		out.deferred = deferred.id;
	}
	if (declined) {
		// Answered, but after the review deadline: the public page shows it as late.
		reviews.decide(
			db,
			bappeda,
			declined.id,
			{
				status: 'ditolak',
				reason:
					'Tempat ini diurus pemerintah provinsi, jadi kabupaten tidak boleh membangun di sana. Kami sudah meneruskan usulanmu ke provinsi.'
			},
			around(16)
		);
		out.declined = declined.id;
	}
	return out;
}
