// The minimal moderation queue: a facilitator publishes or refuses waiting ideas. The moderation
// issue grows this (screening, changes requested, reports, merging, safeguarding).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import * as auditLog from '../audit-log';
import { hasRole, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideas, regions, users } from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import { addEvent } from '../ideas/write';
import * as notifications from '../notifications';

const place = alias(regions, 'place');

export function pending(db: Db) {
	return db
		.select({
			id: ideas.id,
			title: ideas.title,
			body: ideas.body,
			cluster: ideas.cluster,
			level: ideas.level,
			placeName: place.name,
			authorName: users.username,
			photo: ideas.photo,
			createdAt: ideas.createdAt
		})
		.from(ideas)
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.where(eq(ideas.status, 'menunggu'))
		.orderBy(asc(ideas.createdAt))
		.all();
}

function waiting(db: Db, actor: Actor, id: number): { authorId: string } {
	if (!hasRole(actor, 'fasilitator')) throw new Forbidden('moderate');
	const idea = db.select().from(ideas).where(eq(ideas.id, id)).get();
	if (!idea) throw new NotFound('idea');
	// Facilitators never moderate their own content.
	if (idea.authorId === actor.id) throw new Forbidden('moderate_own');
	if (idea.status !== 'menunggu') throw new Conflict('moderate_not_waiting');
	return idea;
}

export function approve(db: Db, actor: Actor, id: number, now = new Date()) {
	const { authorId } = waiting(db, actor, id);
	db.transaction((tx) => {
		tx.update(ideas)
			.set({ status: 'terbit', publishedAt: now, updatedAt: now })
			.where(and(eq(ideas.id, id), inArray(ideas.status, ['menunggu'])))
			.run();
		addEvent(tx, { ideaId: id, status: 'terbit', actorId: actor.id, actorRole: 'fasilitator' });
		notifications.notify(tx, { userId: authorId, kind: 'idea_published', ideaId: id });
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'idea.approve',
			targetType: 'idea',
			targetId: String(id)
		});
	});
}

export function reject(db: Db, actor: Actor, id: number, reason: string, now = new Date()) {
	const { authorId } = waiting(db, actor, id);
	db.transaction((tx) => {
		tx.update(ideas).set({ status: 'ditolak', updatedAt: now }).where(eq(ideas.id, id)).run();
		addEvent(tx, { ideaId: id, status: 'ditolak', actorId: actor.id, actorRole: 'fasilitator', reason });
		notifications.notify(tx, { userId: authorId, kind: 'idea_rejected', ideaId: id, params: { reason } });
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'idea.reject',
			targetType: 'idea',
			targetId: String(id),
			reason
		});
	});
}
