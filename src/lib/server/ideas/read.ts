// Reading ideas: the public list with filters and search, one idea with its timeline, similar ideas.
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { hasRole, type Actor } from '../auth/permissions';
import { perDatabase, type Db } from '../db/client';
import { ideaEvents, ideas, regions, users, type IdeaStatus } from '../db/schema';
import { NotFound } from '../errors';
import { isPhotoName } from '../uploads';
import { ftsQuery, isPublic, PUBLIC_STATUSES } from './rules';

export const PAGE_SIZE = 20;
export const SORTS = ['dukungan', 'terbaru'] as const;
export type Sort = (typeof SORTS)[number];

export interface BrowseFilter {
	cycleId?: number;
	kecamatan?: string;
	desa?: string;
	cluster?: number;
	status?: IdeaStatus;
	q?: string;
	sort?: Sort;
	page?: number;
}

const place = alias(regions, 'place');
const kecamatan = alias(regions, 'kecamatan');
const authorDesa = alias(regions, 'author_desa');

/** Columns a card needs: the author only as nickname and desa (null nickname: a deleted account). */
const cardColumns = {
	id: ideas.id,
	title: ideas.title,
	excerpt: sql<string>`substr(${ideas.body}, 1, 180)`,
	cluster: ideas.cluster,
	level: ideas.level,
	status: ideas.status,
	placeName: place.name,
	kecamatanName: kecamatan.name,
	photo: ideas.photo,
	voteCount: ideas.voteCount,
	isGroup: ideas.isGroup,
	groupForum: ideas.groupForum,
	publishedAt: ideas.publishedAt,
	cycleId: ideas.cycleId,
	authorName: sql<string | null>`case when ${users.deletedAt} is null then ${users.username} end`,
	authorDesa: sql<string | null>`case when ${users.deletedAt} is null then ${authorDesa.name} end`
};

function cards(db: Db) {
	return db
		.select(cardColumns)
		.from(ideas)
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.leftJoin(kecamatan, eq(ideas.kecamatanCode, kecamatan.code))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.leftJoin(authorDesa, eq(users.desaCode, authorDesa.code));
}

function browseWhere(f: BrowseFilter): SQL | undefined {
	const status = f.status && PUBLIC_STATUSES.includes(f.status) ? f.status : 'terbit';
	const match = f.q ? ftsQuery(f.q) : null;
	return and(
		eq(ideas.status, status),
		f.cycleId ? eq(ideas.cycleId, f.cycleId) : undefined,
		f.kecamatan ? eq(ideas.kecamatanCode, f.kecamatan) : undefined,
		f.desa ? eq(ideas.regionCode, f.desa) : undefined,
		f.cluster ? eq(ideas.cluster, f.cluster) : undefined,
		// The unary + keeps SQLite from driving the query from thousands of search hits: it walks the
		// cycle's index in page order and checks each row against the hits instead.
		match ? sql`+${ideas.id} in (select rowid from ideas_fts where ideas_fts match ${match})` : undefined
	);
}

/** One page of public ideas and the total, in two queries whatever the page size. */
export function browse(db: Db, f: BrowseFilter) {
	const page = Math.min(10_000, Math.max(1, Math.floor(f.page ?? 1)));
	const where = browseWhere(f);
	const order =
		f.sort === 'terbaru'
			? [desc(ideas.publishedAt), desc(ideas.id)]
			: [desc(ideas.voteCount), desc(ideas.publishedAt), desc(ideas.id)];
	const rows = cards(db)
		.where(where)
		.orderBy(...order)
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE)
		.all();
	const key = JSON.stringify([f.status, f.cycleId, f.kecamatan, f.desa, f.cluster, f.q]);
	const total = recentTotal(
		db,
		key,
		() =>
			db
				.select({ n: sql<number>`count(*)` })
				.from(ideas)
				.where(where)
				.get()?.n ?? 0
	);
	return { ideas: rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

// Counting a cycle's published ideas walks every entry of the index (~20,000 at the benchmark's size,
// about 1.5 ms: more than the page's other queries together). A large total may be two seconds old;
// a small one is cheap to count and always exact.
const TOTAL_REUSE_ABOVE = 1000;
const TOTAL_REUSE_MS = 2000;
const totals = perDatabase(() => new Map<string, { n: number; at: number }>());

export function recentTotal(db: Db, key: string, count: () => number, now = Date.now()): number {
	const known = totals(db);
	const hit = known.get(key);
	if (hit && now - hit.at < TOTAL_REUSE_MS) return hit.n;
	const n = count();
	if (n > TOTAL_REUSE_ABOVE) {
		if (known.size >= 500) known.clear();
		known.set(key, { n, at: now });
	} else known.delete(key);
	return n;
}

/** Published ideas of the cycle that look like `text`, best match first ("support this one instead"). */
export function similar(db: Db, cycleId: number | null, text: string, limit = 5) {
	const match = ftsQuery(text, 'any');
	if (!match) return [];
	return db
		.select({ id: ideas.id, title: ideas.title, voteCount: ideas.voteCount, placeName: place.name })
		.from(sql`ideas_fts`)
		.innerJoin(ideas, sql`${ideas.id} = ideas_fts.rowid`)
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.where(
			and(
				sql`ideas_fts match ${match}`,
				eq(ideas.status, 'terbit'),
				cycleId ? eq(ideas.cycleId, cycleId) : undefined
			)
		)
		.orderBy(sql`bm25(ideas_fts)`)
		.limit(limit)
		.all();
}

export function timeline(db: Db, ideaId: number) {
	return (
		db
			.select({
				id: ideaEvents.id,
				status: ideaEvents.status,
				reason: ideaEvents.reason,
				actorRole: ideaEvents.actorRole,
				createdAt: ideaEvents.createdAt
			})
			.from(ideaEvents)
			// A post once routed to safeguarding and released must not show it was.
			.where(and(eq(ideaEvents.ideaId, ideaId), ne(ideaEvents.status, 'perlindungan')))
			.orderBy(asc(ideaEvents.id))
			.all()
	);
}

/**
 * Whether someone may see an idea's stored photo: 'public' while the idea is published (cacheable),
 * 'private' for its author and moderators while it is not, null otherwise. A safeguarding post's
 * photo is never shown this way (only in the safeguarding queue's pages), nor a name no idea uses.
 */
export function photoAccess(db: Db, actor: Actor | null, name: string): 'public' | 'private' | null {
	if (!isPhotoName(name)) return null;
	const row = db
		.select({ status: ideas.status, authorId: ideas.authorId })
		.from(ideas)
		.where(eq(ideas.photo, name))
		.get();
	if (!row || row.status === 'perlindungan') return null;
	if (isPublic(row.status)) return 'public';
	return actor?.id === row.authorId || hasRole(actor, 'fasilitator', 'admin') ? 'private' : null;
}

/**
 * One idea for its page. Anyone sees a published or merged idea; the author and staff who moderate
 * also see it while it waits or after refusal. Safeguarding posts stay out of this path entirely.
 */
export function get(db: Db, id: number, viewer: Actor | null) {
	const row = db
		.select({
			...cardColumns,
			body: ideas.body,
			authorId: ideas.authorId,
			regionCode: ideas.regionCode,
			kecamatanCode: ideas.kecamatanCode,
			groupSize: ideas.groupSize,
			mergedIntoId: ideas.mergedIntoId,
			createdAt: ideas.createdAt
		})
		.from(ideas)
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.leftJoin(kecamatan, eq(ideas.kecamatanCode, kecamatan.code))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.leftJoin(authorDesa, eq(users.desaCode, authorDesa.code))
		.where(eq(ideas.id, id))
		.get();
	if (!row) throw new NotFound('idea');
	const isAuthor = viewer?.id === row.authorId;
	const staff = hasRole(viewer, 'fasilitator', 'admin');
	// Safeguarding posts are read only in the safeguarding queue, by facilitators with the permission.
	if (row.status === 'perlindungan') throw new NotFound('idea');
	if (!isPublic(row.status) && !isAuthor && !staff) throw new NotFound('idea');
	const mergedInto = row.mergedIntoId
		? db
				.select({ id: ideas.id, title: ideas.title })
				.from(ideas)
				.where(and(eq(ideas.id, row.mergedIntoId), inArray(ideas.status, [...PUBLIC_STATUSES])))
				.get()
		: undefined;
	// The ideas merged into this one: their supporters' votes count here.
	const merged = db
		.select({ id: ideas.id, title: ideas.title })
		.from(ideas)
		.where(and(eq(ideas.mergedIntoId, id), eq(ideas.status, 'digabung')))
		.orderBy(asc(ideas.id))
		.all();
	return { ...row, isAuthor, mergedInto: mergedInto ?? null, merged, timeline: timeline(db, id) };
}

/**
 * The author's own ideas with their timelines, in two queries. A safeguarding post is left out: on a
 * shared phone it must not be shown back (the child already saw where to get help).
 */
export function mine(db: Db, authorId: string) {
	const rows = cards(db)
		.where(and(eq(ideas.authorId, authorId), ne(ideas.status, 'perlindungan')))
		.orderBy(desc(ideas.id))
		.all();
	const events =
		rows.length === 0
			? []
			: db
					.select({
						id: ideaEvents.id,
						ideaId: ideaEvents.ideaId,
						status: ideaEvents.status,
						reason: ideaEvents.reason,
						actorRole: ideaEvents.actorRole,
						createdAt: ideaEvents.createdAt
					})
					.from(ideaEvents)
					.where(
						and(
							inArray(
								ideaEvents.ideaId,
								rows.map((r) => r.id)
							),
							ne(ideaEvents.status, 'perlindungan')
						)
					)
					.orderBy(asc(ideaEvents.id))
					.all();
	return rows.map((r) => ({ ...r, timeline: events.filter((e) => e.ideaId === r.id) }));
}
