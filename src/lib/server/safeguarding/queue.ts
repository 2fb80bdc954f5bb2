// Reading the safeguarding queue: possible disclosures of harm that screening kept from publication.
// Only facilitators with the safeguarding permission read these; nothing here is public or exported.
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { ageInYears } from '../auth/age';
import { can, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideas, regions, safeguardingActions, users, type ScreeningHits } from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import { assertSafeguarder } from './access';
import { isHandled, type SafeguardingAction } from './rules';

export type QueueStatus = 'waiting' | 'handled';
export const QUEUE_STATUSES: readonly QueueStatus[] = ['waiting', 'handled'];

const place = alias(regions, 'place');
const childDesa = alias(regions, 'child_desa');
const childKecamatan = alias(regions, 'child_kecamatan');
const actorUser = alias(users, 'actor');

/** When the text reached the queue: an edit that screening routed here counts from the edit. */
const receivedAt = sql<Date>`coalesce(${ideas.updatedAt}, ${ideas.createdAt})`.mapWith(ideas.createdAt);
/** Something other than a note was recorded: the item is handled. */
const decided = sql`exists (select 1 from ${safeguardingActions} where ${safeguardingActions.ideaId} = ${ideas.id} and ${safeguardingActions.action} <> 'note')`;
const latestAction = sql<SafeguardingAction | null>`(select ${safeguardingActions.action} from ${safeguardingActions} where ${safeguardingActions.ideaId} = ${ideas.id} order by ${safeguardingActions.id} desc limit 1)`;
const latestActionAt =
	sql<Date | null>`(select ${safeguardingActions.createdAt} from ${safeguardingActions} where ${safeguardingActions.ideaId} = ${ideas.id} order by ${safeguardingActions.id} desc limit 1)`.mapWith(
		safeguardingActions.createdAt
	);

const childColumns = {
	childId: users.id,
	childDeletedAt: users.deletedAt,
	childName: users.username,
	birthYear: users.birthYear,
	birthMonth: users.birthMonth,
	verifiedAt: users.verifiedAt,
	desa: childDesa.name,
	kecamatan: childKecamatan.name
};

interface ChildRow {
	childId: string;
	childDeletedAt: Date | null;
	childName: string;
	birthYear: number | null;
	birthMonth: number | null;
	verifiedAt: Date | null;
	desa: string | null;
	kecamatan: string | null;
}

/** The child as the safeguarding team needs them: nickname, age, desa; nothing after a deleted account. */
function child(row: ChildRow, now: Date) {
	const deleted = row.childDeletedAt !== null;
	return {
		id: row.childId,
		nickname: deleted ? null : row.childName,
		deleted,
		age:
			row.birthYear !== null && row.birthMonth !== null
				? ageInYears(row.birthYear, row.birthMonth, now)
				: null,
		verified: row.verifiedAt !== null,
		desa: row.desa,
		kecamatan: row.kecamatan
	};
}

/** Safeguarding items, oldest first. Waiting: nothing recorded yet, or only notes. */
export function queue(db: Db, actor: Actor, opts: { status?: QueueStatus } = {}, now = new Date()) {
	assertSafeguarder(actor);
	// The child (author) with their desa and kecamatan, and the place the idea names.
	const rows = db
		.select({
			id: ideas.id,
			title: ideas.title,
			excerpt: sql<string>`substr(${ideas.body}, 1, 180)`,
			placeName: place.name,
			receivedAt,
			handled: sql<number>`${decided}`,
			latestAction,
			latestActionAt,
			...childColumns
		})
		.from(ideas)
		.innerJoin(users, eq(ideas.authorId, users.id))
		.leftJoin(childDesa, eq(users.desaCode, childDesa.code))
		.leftJoin(childKecamatan, eq(childDesa.parentCode, childKecamatan.code))
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.where(
			and(
				eq(ideas.status, 'perlindungan'),
				opts.status === 'waiting' ? sql`not ${decided}` : opts.status === 'handled' ? decided : undefined
			)
		)
		.orderBy(asc(receivedAt), asc(ideas.id))
		.all();
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		excerpt: r.excerpt,
		placeName: r.placeName,
		receivedAt: r.receivedAt,
		handled: r.handled === 1,
		latestAction: r.latestAction ? { action: r.latestAction, at: r.latestActionAt } : null,
		child: child(r, now)
	}));
}

/** One item: the full text, the child, what screening found, and every action taken, oldest first. */
export function item(db: Db, actor: Actor, ideaId: number, now = new Date()) {
	assertSafeguarder(actor);
	const row = db
		.select({
			id: ideas.id,
			status: ideas.status,
			title: ideas.title,
			body: ideas.body,
			cluster: ideas.cluster,
			photo: ideas.photo,
			placeName: place.name,
			screening: ideas.screening,
			createdAt: ideas.createdAt,
			receivedAt,
			...childColumns
		})
		.from(ideas)
		.innerJoin(users, eq(ideas.authorId, users.id))
		.leftJoin(childDesa, eq(users.desaCode, childDesa.code))
		.leftJoin(childKecamatan, eq(childDesa.parentCode, childKecamatan.code))
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.where(eq(ideas.id, ideaId))
		.get();
	// Any other idea is not a safeguarding item: the same answer as an unknown one.
	if (!row || row.status !== 'perlindungan') throw new NotFound('safe_item');
	const actions = db
		.select({
			id: safeguardingActions.id,
			action: safeguardingActions.action,
			note: safeguardingActions.note,
			actor: actorUser.username,
			actorName: actorUser.displayName,
			createdAt: safeguardingActions.createdAt
		})
		.from(safeguardingActions)
		.leftJoin(actorUser, eq(safeguardingActions.actorId, actorUser.id))
		.where(eq(safeguardingActions.ideaId, ideaId))
		.orderBy(asc(safeguardingActions.id))
		.all();
	const screening: ScreeningHits = row.screening ?? { personal: [], insult: [], harm: [] };
	return {
		id: row.id,
		title: row.title,
		body: row.body,
		cluster: row.cluster,
		photo: row.photo,
		placeName: row.placeName,
		screening,
		createdAt: row.createdAt,
		receivedAt: row.receivedAt,
		handled: isHandled(actions.map((a) => a.action)),
		actions,
		child: child(row, now)
	};
}

/**
 * For the moderation figures: how many items wait and since when. It holds nothing about any child,
 * so every facilitator may read it (the figures are theirs), not only those with the permission.
 */
export function counts(db: Db, actor: Actor) {
	if (!can(actor, 'moderate')) throw new Forbidden('moderate');
	const row = db
		.select({ waiting: sql<number>`count(*)`, oldest: sql<number | null>`min(${receivedAt})` })
		.from(ideas)
		.where(and(eq(ideas.status, 'perlindungan'), sql`not ${decided}`))
		.get();
	return {
		waiting: row?.waiting ?? 0,
		oldestWaitingAt: row?.oldest == null ? null : new Date(row.oldest)
	};
}
