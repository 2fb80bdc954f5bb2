// The large data set for `npm run bench`: children, five cycles of ideas with their timelines, votes
// within every budget, facilities and audits. Raw prepared statements in a few big transactions (a
// million rows take seconds, not minutes), keeping the invariants the app relies on: ideas.vote_count
// equals its votes, the search index is filled by the triggers, every idea starts its timeline with
// 'menunggu', votes only go to published ideas of their own cycle, never the author's own, one per idea
// and within the budget. Nobody has a session: the bench signs in the children it needs.
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Db } from '../../src/lib/server/db/client';
import * as opds from '../../src/lib/server/opds';
import * as regions from '../../src/lib/server/regions';
import { seedFacilities } from './seed-facilities';
import { ideaText, pick, rng } from './random';

const DAY = 86_400_000;
const CYCLES = 5;
const BUDGET = 5;
/** Votes each verified child holds in the open cycle: the bench children keep the rest free. */
const CURRENT_VOTES = 3;

export interface Sizes {
	ideas: number;
	votes: number;
	children: number;
	facilities: number;
	audits: number;
}

export function sizesFor(scale: number): Sizes {
	const n = (full: number, min: number) => Math.max(min, Math.round(full * scale));
	return {
		ideas: n(100_000, 200),
		votes: n(1_000_000, 1_000),
		children: n(50_000, 100),
		facilities: n(500, 10),
		audits: n(2_000, 20)
	};
}

export interface Seeded {
	sizes: Sizes;
	cycleId: number;
	/** Verified children with free budget, each with a published idea of the open cycle to support. */
	voters: { userId: string; ideaId: number }[];
	/** The most supported idea of the open cycle (its page is benched). */
	topIdeaId: number;
	/** A filtered, searched list: the kecamatan with most ideas, a cluster and a word. */
	search: { kecamatan: string; cluster: number; q: string };
}

interface IdeaRow {
	cycle: number;
	author: number;
	status: string;
	regionCode: string;
	kecamatanCode: string | null;
	placeName: string;
	cluster: number;
	level: string;
	createdAt: number;
	mergedInto: number | null;
	votes: number;
}

function statusFor(r: number, current: boolean): string {
	if (r < 0.88) return 'terbit';
	if (r < 0.92) return 'ditolak';
	if (r < 0.95) return current ? 'menunggu' : 'ditolak';
	if (r < 0.97) return 'ditarik';
	if (r < 0.99) return 'digabung';
	return 'disembunyikan';
}

export async function seedLarge(db: Db, scale: number, now = new Date()): Promise<Seeded> {
	const sizes = sizesFor(scale);
	const random = rng(20_260_101);
	regions.ensureShipped(db);
	opds.ensureShipped(db);
	const sqlite = db.$client;
	sqlite.pragma('synchronous = OFF');
	const villages = sqlite
		.prepare(
			`select d.code, d.name, d.parent_code as kec, k.name as kecName from regions d
			 join regions k on k.code = d.parent_code where d.level in ('desa', 'kelurahan') order by d.code`
		)
		.all() as { code: string; name: string; kec: string; kecName: string }[];
	const kabupaten = regions.kabupaten(db);
	if (!kabupaten || villages.length === 0) throw new Error('bench: no shipped regions');
	const t0 = now.getTime();
	const passwordHash = await hashPassword(`bench-${crypto.randomUUID()}`);

	// Accounts: a few staff and the children (95% verified, aged 6–16 so none turns 18 during a run).
	const staff = ['admin', 'fasilitator', 'bappeda', 'dinkes'].map((username) => ({
		id: crypto.randomUUID(),
		username
	}));
	const staffId = (name: string) => staff.find((s) => s.username === name)?.id ?? '';
	const children = Array.from({ length: sizes.children }, (_, i) => ({
		id: crypto.randomUUID(),
		verified: random() < 0.95,
		desa: villages[i % villages.length] ?? villages[0]!,
		forum: i % 100 === 0
	}));
	const insertUser = sqlite.prepare(
		`insert into users (id, username, password_hash, kind, display_name, birth_year, birth_month, desa_code,
		 gender, guardian_consent_at, verified_at, verified_by, verification_method, can_safeguard, opd_id, created_at)
		 values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertRole = sqlite.prepare('insert into user_roles (user_id, role) values (?, ?)');
	const dinkes = opds.getByCode(db, 'dinkes')?.id ?? null;
	sqlite.transaction(() => {
		for (const s of staff) {
			const role = s.username === 'dinkes' ? 'opd' : s.username;
			insertUser.run(
				s.id,
				s.username,
				passwordHash,
				'staff',
				s.username,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				s.username === 'fasilitator' ? 1 : 0,
				s.username === 'dinkes' ? dinkes : null,
				t0 - 400 * DAY
			);
			insertRole.run(s.id, role);
		}
		const year = now.getFullYear();
		children.forEach((c, i) => {
			insertUser.run(
				c.id,
				`anak${i + 1}`,
				passwordHash,
				'child',
				null,
				year - 7 - (i % 10),
				(i % 12) + 1,
				c.desa.code,
				i % 2 ? 'laki' : 'perempuan',
				t0 - 200 * DAY,
				c.verified ? t0 - 100 * DAY : null,
				c.verified ? staffId('fasilitator') : null,
				c.verified ? 'manual' : null,
				0,
				null,
				t0 - 200 * DAY
			);
			insertRole.run(c.id, 'anak');
			if (c.forum) insertRole.run(c.id, 'forum_anak');
		});
	})();

	// Cycles: four closed ones a year apart and the open one.
	const insertCycle = sqlite.prepare(
		`insert into cycles (name, plan_year, opens_at, voting_closes_at, review_starts_at, review_deadline_at)
		 values (?, ?, ?, ?, ?, ?)`
	);
	const cycleIds: number[] = [];
	const cycleStart: number[] = [];
	sqlite.transaction(() => {
		for (let k = CYCLES - 1; k >= 0; k--) {
			const opens = t0 - 30 * DAY - k * 365 * DAY;
			const closes = k === 0 ? t0 + 60 * DAY : opens + 90 * DAY;
			const y = now.getFullYear() - k;
			const id = insertCycle.run(
				`Musrenbang Anak ${y + 1}`,
				y + 2,
				opens,
				closes,
				closes + 15 * DAY,
				closes + 60 * DAY
			);
			cycleIds.push(Number(id.lastInsertRowid));
			cycleStart.push(opens);
		}
	})();
	const current = CYCLES - 1;

	// Ideas in memory first, so the votes can be planned and each vote_count written with its idea.
	const perCycle = Math.ceil(sizes.ideas / CYCLES);
	const rows: IdeaRow[] = [];
	const published: number[][] = Array.from({ length: CYCLES }, () => []);
	for (let i = 0; i < sizes.ideas; i++) {
		const cycle = Math.min(CYCLES - 1, Math.floor(i / perCycle));
		const desa = pick(random, villages);
		const r = random();
		const level = r < 0.7 ? 'desa' : r < 0.9 ? 'kecamatan' : 'kabupaten';
		let status = statusFor(random(), cycle === current);
		const pool = published[cycle]!;
		if (status === 'digabung' && pool.length === 0) status = 'terbit';
		if (status === 'terbit') pool.push(i);
		rows.push({
			cycle,
			author: Math.floor(random() * children.length),
			status,
			regionCode: level === 'desa' ? desa.code : level === 'kecamatan' ? desa.kec : kabupaten.code,
			kecamatanCode: level === 'kabupaten' ? null : desa.kec,
			placeName: level === 'desa' ? desa.name : level === 'kecamatan' ? desa.kecName : kabupaten.name,
			cluster: 1 + Math.floor(random() * 5),
			level,
			createdAt: cycleStart[cycle]! + Math.floor(random() * 28 * DAY) + (i % perCycle) * 1000,
			mergedInto: status === 'digabung' ? pick(random, pool) : null,
			votes: 0
		});
	}

	// Votes: each verified child supports a few published ideas per cycle (never its own), skewed
	// towards some favourites; the open cycle keeps budget free for the bench.
	const verified = children.map((c, i) => (c.verified ? i : -1)).filter((i) => i >= 0);
	const currentTotal = verified.length * CURRENT_VOTES;
	const pastEach = Math.max(0, sizes.votes - currentTotal) / (CYCLES - 1) / verified.length;
	if (pastEach > BUDGET) throw new Error('bench: more votes than the budgets allow');
	const plan: { cycle: number; idea: number; child: number }[] = [];
	for (let cycle = 0; cycle < CYCLES; cycle++) {
		const pool = published[cycle]!;
		for (const child of verified) {
			const want =
				cycle === current ? CURRENT_VOTES : Math.floor(pastEach) + (random() < pastEach % 1 ? 1 : 0);
			const chosen = new Set<number>();
			for (let tries = 0; chosen.size < Math.min(want, pool.length - 1) && tries < 50; tries++) {
				const idea = pool[Math.floor(pool.length * random() ** 2)]!;
				if (rows[idea]!.author !== child) chosen.add(idea);
			}
			for (const idea of chosen) {
				plan.push({ cycle, idea, child });
				rows[idea]!.votes++;
			}
		}
	}

	const insertIdea = sqlite.prepare(
		`insert into ideas (id, cycle_id, author_id, title, body, cluster, level, region_code, kecamatan_code, status,
		 vote_count, merged_into_id, created_at, updated_at, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertEvent = sqlite.prepare(
		'insert into idea_events (idea_id, status, reason, actor_id, actor_role, created_at) values (?, ?, ?, ?, ?, ?)'
	);
	const fasilitator = staffId('fasilitator');
	sqlite.transaction(() => {
		rows.forEach((row, i) => {
			const id = i + 1;
			const author = children[row.author]!.id;
			const { title, body } = ideaText(random, row.placeName);
			const publishedAt =
				row.status === 'menunggu' || row.status === 'ditolak' ? null : row.createdAt + DAY / 2;
			insertIdea.run(
				id,
				cycleIds[row.cycle],
				author,
				title,
				body,
				row.cluster,
				row.level,
				row.regionCode,
				row.kecamatanCode,
				row.status,
				row.votes,
				row.mergedInto === null ? null : row.mergedInto + 1,
				row.createdAt,
				publishedAt,
				publishedAt
			);
			insertEvent.run(id, 'menunggu', null, author, 'penulis', row.createdAt);
			if (row.status === 'menunggu') return;
			if (row.status === 'ditolak') {
				insertEvent.run(
					id,
					'ditolak',
					'Mohon tulis lebih jelas.',
					fasilitator,
					'fasilitator',
					row.createdAt + DAY / 2
				);
				return;
			}
			insertEvent.run(id, 'terbit', null, fasilitator, 'fasilitator', publishedAt);
			const later = (publishedAt ?? row.createdAt) + 3 * DAY;
			if (row.status === 'ditarik') insertEvent.run(id, 'ditarik', null, author, 'penulis', later);
			if (row.status === 'digabung')
				insertEvent.run(id, 'digabung', 'Ide yang sama.', fasilitator, 'fasilitator', later);
			if (row.status === 'disembunyikan') insertEvent.run(id, 'disembunyikan', null, null, 'sistem', later);
		});
	})();

	const insertVote = sqlite.prepare(
		'insert into votes (cycle_id, idea_id, user_id, created_at) values (?, ?, ?, ?)'
	);
	sqlite.transaction(() => {
		for (const v of plan)
			insertVote.run(cycleIds[v.cycle], v.idea + 1, children[v.child]!.id, rows[v.idea]!.createdAt + DAY);
	})();

	seedFacilities(sqlite, {
		villages,
		staffId,
		children: children.filter((c) => c.forum),
		sizes,
		now,
		random
	});
	sqlite.pragma('synchronous = NORMAL');
	sqlite.exec('analyze');

	// The bench children: verified, with free budget, each paired with an idea it has not supported.
	const supported = new Set(plan.filter((v) => v.cycle === current).map((v) => `${v.child}:${v.idea}`));
	const pool = published[current]!;
	const voters = verified.slice(0, 5_000).map((child, k) => {
		let idea = pool[(k * 7919) % pool.length]!;
		for (let j = 1; rows[idea]!.author === child || supported.has(`${child}:${idea}`); j++)
			idea = pool[(k * 7919 + j) % pool.length]!;
		return { userId: children[child]!.id, ideaId: idea + 1 };
	});
	const top = pool.reduce((best, i) => (rows[i]!.votes > rows[best]!.votes ? i : best), pool[0]!);
	const byKec = new Map<string, number>();
	for (const r of rows)
		if (r.kecamatanCode) byKec.set(r.kecamatanCode, (byKec.get(r.kecamatanCode) ?? 0) + 1);
	const kecamatan = [...byKec].sort((a, b) => b[1] - a[1])[0]![0];
	return {
		sizes,
		cycleId: cycleIds[current]!,
		voters,
		topIdeaId: top + 1,
		search: { kecamatan, cluster: 4, q: 'lampu' }
	};
}
