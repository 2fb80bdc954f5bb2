// Aspirations and what became of them. "Published" means public now (status terbit): withdrawn, hidden,
// merged (their support moved to the idea they joined) and safeguarding items never count as published,
// and safeguarding items are not even counted as posted.
import { and, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { CLUSTERS, IDEA_LEVELS, ideas, proposals, type IdeaLevel } from '../db/schema';
import type { Scope } from './scope';

/** Proposal statuses that put money into the plan. */
export const ACCEPTED = ['diterima', 'direalisasikan'] as const;

function ideaScope(scope: Scope, byKecamatan = true): SQL | undefined {
	return and(
		scope.cycle ? eq(ideas.cycleId, scope.cycle.id) : undefined,
		byKecamatan && scope.kecamatan ? eq(ideas.kecamatanCode, scope.kecamatan) : undefined
	);
}

function proposalScope(scope: Scope, byKecamatan = true): SQL | undefined {
	return and(
		scope.cycle ? eq(proposals.cycleId, scope.cycle.id) : undefined,
		byKecamatan && scope.kecamatan ? eq(proposals.kecamatanCode, scope.kecamatan) : undefined
	);
}

export interface ClusterRow {
	cluster: number;
	levels: Record<IdeaLevel, number>;
	total: number;
}

/** Published aspirations by KLA cluster (rows) and level (columns), every cell present. */
export function byClusterLevel(db: Db, scope: Scope): ClusterRow[] {
	const rows = db
		.select({ cluster: ideas.cluster, level: ideas.level, n: count() })
		.from(ideas)
		.where(and(eq(ideas.status, 'terbit'), ideaScope(scope)))
		.groupBy(ideas.cluster, ideas.level)
		.all();
	return CLUSTERS.map((cluster) => {
		const levels = Object.fromEntries(
			IDEA_LEVELS.map((l) => [l, rows.find((r) => r.cluster === cluster && r.level === l)?.n ?? 0])
		) as Record<IdeaLevel, number>;
		return { cluster, levels, total: Object.values(levels).reduce((s, n) => s + n, 0) };
	});
}

export interface Funnel {
	posted: number;
	published: number;
	tickets: number;
	accepted: number;
	realised: number;
	/** Rupiah accepted into the plan (accepted and realised proposals). */
	amount: number;
}

export function funnel(db: Db, scope: Scope): Funnel {
	const idea = db
		.select({
			posted: sql<number>`coalesce(sum(${ideas.status} <> 'perlindungan'), 0)`,
			published: sql<number>`coalesce(sum(${ideas.status} = 'terbit'), 0)`
		})
		.from(ideas)
		.where(ideaScope(scope))
		.get();
	const accepted = inArray(proposals.status, [...ACCEPTED]);
	const ticket = db
		.select({
			tickets: count(),
			accepted: sql<number>`coalesce(sum(${accepted}), 0)`,
			realised: sql<number>`coalesce(sum(${proposals.status} = 'direalisasikan'), 0)`,
			amount: sql<number>`coalesce(sum(case when ${accepted} then ${proposals.amount} end), 0)`
		})
		.from(proposals)
		.where(proposalScope(scope))
		.get();
	return {
		posted: idea?.posted ?? 0,
		published: idea?.published ?? 0,
		tickets: ticket?.tickets ?? 0,
		accepted: ticket?.accepted ?? 0,
		realised: ticket?.realised ?? 0,
		amount: ticket?.amount ?? 0
	};
}

export interface KecamatanIdeas {
	published: number;
	tickets: number;
	accepted: number;
}

/** Published ideas and golden tickets per kecamatan (the whole kabupaten's ideas have none). */
export function perKecamatan(db: Db, scope: Scope): Map<string, KecamatanIdeas> {
	const out = new Map<string, KecamatanIdeas>();
	const entry = (k: string) => {
		const e = out.get(k) ?? { published: 0, tickets: 0, accepted: 0 };
		out.set(k, e);
		return e;
	};
	const published = db
		.select({ k: ideas.kecamatanCode, n: count() })
		.from(ideas)
		.where(and(eq(ideas.status, 'terbit'), ideaScope(scope, false)))
		.groupBy(ideas.kecamatanCode)
		.all();
	for (const r of published) if (r.k) entry(r.k).published = r.n;
	const tickets = db
		.select({
			k: proposals.kecamatanCode,
			n: count(),
			accepted: sql<number>`coalesce(sum(${inArray(proposals.status, [...ACCEPTED])}), 0)`
		})
		.from(proposals)
		.where(proposalScope(scope, false))
		.groupBy(proposals.kecamatanCode)
		.all();
	for (const r of tickets) if (r.k) Object.assign(entry(r.k), { tickets: r.n, accepted: r.accepted });
	return out;
}

/** The month of a timestamp in WIB (UTC+7, no daylight saving), as YYYY-MM. */
export function monthOf(column: SQL | AnySQLiteColumn): SQL<string> {
	return sql<string>`strftime('%Y-%m', ${column} / 1000, 'unixepoch', '+7 hours')`;
}

/** Ideas posted (by month written) and published (by month published), oldest month first. */
export function ideasByMonth(db: Db, scope: Scope) {
	const posted = db
		.select({ month: monthOf(ideas.createdAt), n: count() })
		.from(ideas)
		.where(and(ne(ideas.status, 'perlindungan'), ideaScope(scope)))
		.groupBy(monthOf(ideas.createdAt))
		.all();
	const published = db
		.select({ month: monthOf(sql`${ideas.publishedAt}`), n: count() })
		.from(ideas)
		.where(and(eq(ideas.status, 'terbit'), sql`${ideas.publishedAt} is not null`, ideaScope(scope)))
		.groupBy(monthOf(sql`${ideas.publishedAt}`))
		.all();
	return { posted, published };
}
