// What a facilitator sees: the waiting ideas (never safeguarding items) and the queue's figures.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { ideaEvents, ideas, regions, reports, users } from '../db/schema';

const place = alias(regions, 'place');
const kecamatan = alias(regions, 'kecamatan');
const authorDesa = alias(regions, 'author_desa');
const DAY = 86_400_000;

/** Waiting ideas, oldest first, optionally in one kecamatan. */
export function pending(db: Db, filter: { kecamatan?: string } = {}) {
	return db
		.select({
			id: ideas.id,
			title: ideas.title,
			body: ideas.body,
			cluster: ideas.cluster,
			level: ideas.level,
			placeName: place.name,
			kecamatanName: kecamatan.name,
			authorId: ideas.authorId,
			authorName: users.username,
			authorDesa: authorDesa.name,
			isGroup: ideas.isGroup,
			photo: ideas.photo,
			screening: ideas.screening,
			createdAt: ideas.createdAt
		})
		.from(ideas)
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.leftJoin(kecamatan, eq(ideas.kecamatanCode, kecamatan.code))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.leftJoin(authorDesa, eq(users.desaCode, authorDesa.code))
		.where(
			and(
				eq(ideas.status, 'menunggu'),
				filter.kecamatan ? eq(ideas.kecamatanCode, filter.kecamatan) : undefined
			)
		)
		.orderBy(asc(ideas.createdAt), asc(ideas.id))
		.all();
}

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Queue length, median hours to a first decision over the last 30 days, open reports. */
export function figures(db: Db, now = new Date()) {
	const waiting =
		db
			.select({ n: sql<number>`count(*)` })
			.from(ideas)
			.where(eq(ideas.status, 'menunggu'))
			.get()?.n ?? 0;
	const decided = db
		.select({ created: ideas.createdAt, decided: sql<number>`min(${ideaEvents.createdAt})` })
		.from(ideaEvents)
		.innerJoin(ideas, eq(ideaEvents.ideaId, ideas.id))
		.where(
			and(
				inArray(ideaEvents.status, ['terbit', 'ditolak', 'perlu_perbaikan']),
				eq(ideaEvents.actorRole, 'fasilitator'),
				sql`${ideaEvents.createdAt} > ${now.getTime() - 30 * DAY}`
			)
		)
		.groupBy(ideaEvents.ideaId)
		.all();
	const hours = decided.map((d) => (d.decided - d.created.getTime()) / 3_600_000);
	const openReports =
		db
			.select({ n: sql<number>`count(distinct ${reports.ideaId})` })
			.from(reports)
			.where(isNull(reports.resolvedAt))
			.get()?.n ?? 0;
	return { waiting, medianHours: median(hours), decidedLast30Days: decided.length, openReports };
}
