// Demo golden tickets: an earlier, closed cycle whose shortlist was confirmed (with one change and its
// reason) and whose proposals were completed and sent to the planning agency, all through the tickets
// domain's own verbs; and a cycle whose voting has closed and whose shortlist still waits for a
// facilitator. The planning agency's decisions are added on top by the reviews seed.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SessionUser } from '../src/lib/server/auth/session';
import type { Db } from '../src/lib/server/db/client';
import {
	cycles,
	ideaEvents,
	ideas,
	notifications,
	opds,
	regions,
	userRoles,
	users,
	votes
} from '../src/lib/server/db/schema';
import * as tickets from '../src/lib/server/tickets';
import { CLOSED_IDEAS, DETAILS, PENDING_IDEAS, type DemoIdea } from './demo-tickets-data';

const DAY = 86_400_000;

const VOTERS = ['forum1', ...Array.from({ length: 15 }, (_, i) => `anak${i + 1}`)];

interface Names {
	id: (username: string) => string;
	actor: (username: string) => SessionUser;
}

/** The demo accounts as the session would hand them to a route. */
function names(db: Db): Names {
	const rows = db.select().from(users).all();
	const roles = db.select().from(userRoles).all();
	const byName = new Map(rows.map((u) => [u.username, u]));
	const get = (username: string) => {
		const u = byName.get(username);
		if (!u) throw new Error(`Demo tickets: no account ${username}`);
		return u;
	};
	return {
		id: (username) => get(username).id,
		actor: (username) => {
			const u = get(username);
			return {
				...u,
				roles: roles.filter((r) => r.userId === u.id).map((r) => r.role)
			};
		}
	};
}

function place(db: Db, kecamatan: string | null, desa: string | null) {
	if (kecamatan === null) {
		const kab = db.select().from(regions).where(eq(regions.level, 'kabupaten')).get();
		return { level: 'kabupaten' as const, regionCode: kab!.code, kecamatanCode: null };
	}
	const kec = db
		.select()
		.from(regions)
		.where(and(eq(regions.level, 'kecamatan'), eq(regions.name, kecamatan)))
		.get();
	if (!kec) throw new Error(`Demo tickets: no kecamatan ${kecamatan}`);
	if (desa === null) return { level: 'kecamatan' as const, regionCode: kec.code, kecamatanCode: kec.code };
	const village = db
		.select()
		.from(regions)
		.where(and(eq(regions.parentCode, kec.code), eq(regions.name, desa)))
		.get();
	return { level: 'desa' as const, regionCode: village?.code ?? kec.code, kecamatanCode: kec.code };
}

/** Published ideas with their timelines and votes from verified children (never their own, ≤ budget). */
function addIdeas(db: Db, n: Names, cycle: typeof cycles.$inferSelect, list: DemoIdea[]) {
	const left = new Map(VOTERS.map((v) => [v, cycle.voteBudget]));
	let turn = 0;
	return db.transaction((tx) =>
		list.map(([title, body, cluster, kec, desa, author, count], i) => {
			const createdAt = new Date(cycle.opensAt.getTime() + (3 + i) * DAY);
			const publishedAt = new Date(createdAt.getTime() + DAY / 2);
			const row = tx
				.insert(ideas)
				.values({
					cycleId: cycle.id,
					authorId: n.id(author),
					title,
					body,
					cluster,
					...place(db, kec, desa),
					status: 'terbit',
					isGroup: author === 'forum1',
					groupForum: author === 'forum1' ? 'Forum Anak Kabupaten Bengkayang' : null,
					groupSize: author === 'forum1' ? 24 : null,
					createdAt,
					publishedAt
				})
				.returning({ id: ideas.id })
				.get();
			tx.insert(ideaEvents)
				.values([
					{ ideaId: row.id, status: 'menunggu', actorId: n.id(author), actorRole: 'penulis', createdAt },
					{
						ideaId: row.id,
						status: 'terbit',
						actorId: n.id('fasilitator'),
						actorRole: 'fasilitator',
						createdAt: publishedAt
					}
				])
				.run();
			for (let k = 0, guard = 0; k < count && guard < VOTERS.length * 2; guard++) {
				const voter = VOTERS[turn++ % VOTERS.length]!;
				if (voter === author || (left.get(voter) ?? 0) === 0) continue;
				left.set(voter, left.get(voter)! - 1);
				tx.insert(votes)
					.values({
						cycleId: cycle.id,
						ideaId: row.id,
						userId: n.id(voter),
						createdAt: new Date(publishedAt.getTime() + (k + 1) * 3_600_000 + i * 60_000)
					})
					.run();
				k++;
			}
			// The count kept on the idea is what the votes add up to.
			tx.update(ideas)
				.set({
					voteCount: sql`(select count(*) from ${votes} where ${votes.ideaId} = ${row.id})`
				})
				.where(eq(ideas.id, row.id))
				.run();
			return row.id;
		})
	);
}

function addCycle(db: Db, values: typeof cycles.$inferInsert) {
	return db.insert(cycles).values(values).returning().get();
}

export interface DemoTickets {
	closedCycleId: number;
	/** The closed cycle's proposals in priority order, all sent to the planning agency. */
	proposalIds: number[];
	pendingCycleId: number;
}

/**
 * Call after the base demo data (accounts, the open cycle and its activity). `now`: the demo's "now";
 * the open cycle opened 30 days before it, so these two cycles' voting ended before that.
 */
export function seedTickets(db: Db, now: Date): DemoTickets {
	const n = names(db);
	const year = now.getFullYear();
	const at = (days: number) => new Date(now.getTime() + days * DAY);

	// Musrenbang Anak <this year> fed next year's RKPD: confirmed, completed and sent long ago.
	const closed = addCycle(db, {
		name: `Musrenbang Anak ${year} (RKPD ${year + 1})`,
		planYear: year + 1,
		opensAt: at(-400),
		votingClosesAt: at(-250),
		reviewStartsAt: at(-236),
		reviewDeadlineAt: at(-206),
		minVotesForTicket: 5,
		ticketsPerKecamatan: 1,
		ticketsForKabupaten: 2
	});
	const closedIdeas = addIdeas(db, n, closed, CLOSED_IDEAS);
	// A duplicate merged into the play-space idea before the cut-off (its votes already counted there).
	const merged = db
		.insert(ideas)
		.values({
			cycleId: closed.id,
			authorId: n.id('anak14'),
			title: 'Taman bermain di Lesabela',
			body: 'Anak-anak di Lesabela tidak punya taman bermain, kami main di jalan. Tolong buatkan taman.',
			cluster: 4,
			...place(db, 'Ledo', 'Lesabela'),
			status: 'digabung',
			mergedIntoId: closedIdeas[0]!,
			createdAt: at(-390),
			publishedAt: at(-389)
		})
		.returning({ id: ideas.id })
		.get().id;
	db.insert(ideaEvents)
		.values({
			ideaId: merged,
			status: 'digabung',
			actorId: n.id('fasilitator'),
			actorRole: 'fasilitator',
			reason: `Digabung ke “${CLOSED_IDEAS[0]![0]}”. Idenya sama.`,
			createdAt: at(-380)
		})
		.run();

	const added = closedIdeas[7]!;
	const confirmedAt = at(-248);
	const { proposalIds } = tickets.confirm(
		db,
		n.actor('fasilitator'),
		closed.id,
		[
			{
				ideaId: added,
				change: 'add',
				reason:
					'Audit Forum Anak menemukan sampah menyumbat selokan sekolah; masalah kesehatan ini perlu masuk walau dukungannya belum cukup.'
			}
		],
		confirmedAt
	);
	// The children were told then, and have read it since.
	db.update(notifications)
		.set({ createdAt: confirmedAt, readAt: at(-240) })
		.where(and(eq(notifications.kind, 'idea_golden_ticket'), inArray(notifications.ideaId, closedIdeas)))
		.run();

	const opdIds = new Map(
		db
			.select()
			.from(opds)
			.all()
			.map((o) => [o.code, o.id])
	);
	proposalIds.forEach((id, i) => {
		const p = tickets.get(db, id);
		const d = DETAILS[p.title];
		const { opd, ...rest } = d ?? DETAILS['Perpustakaan keliling ke desa-desa']!;
		const input: tickets.ProposalInput = {
			...rest,
			title: p.title,
			problem: p.problem,
			priority: p.priority,
			cluster: p.cluster,
			kecamatanCode: p.kecamatanCode,
			desaCode: p.desaCode,
			opdId: opdIds.get(opd) ?? null
		};
		// The kabupaten-wide ones were sent by the Forum Anak, the others by the facilitator.
		const by = p.kecamatanCode === null ? 'forum1' : 'fasilitator';
		tickets.submitProposal(db, n.actor(by), id, input, at(-240 + i));
	});

	// This year's second round for the revised budget: voting closed, golden tickets not chosen yet.
	const pending = addCycle(db, {
		name: `Musrenbang Anak APBD Perubahan ${year + 1}`,
		planYear: year + 1,
		opensAt: at(-200),
		votingClosesAt: at(-31),
		reviewStartsAt: at(14),
		reviewDeadlineAt: at(44),
		minVotesForTicket: 3,
		ticketsPerKecamatan: 1,
		ticketsForKabupaten: 1
	});
	addIdeas(db, n, pending, PENDING_IDEAS);

	return { closedCycleId: closed.id, proposalIds, pendingCycleId: pending.id };
}
