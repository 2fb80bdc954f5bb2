// A facilitator's decisions on waiting ideas: publish, refuse, ask for a change, publish many clean ones.
import { and, eq, inArray } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { hasRole, type Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { ideas } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { addEvent } from '../ideas/write';
import * as notifications from '../notifications';

/** Reasons a child reads when an idea is refused or sent back; the text is in messages (mod_reason_*). */
export const REASONS = ['personal_data', 'insult', 'not_an_idea', 'duplicate', 'unclear', 'other'] as const;
export type Reason = (typeof REASONS)[number];

function waiting(db: Db | Tx, actor: Actor, id: number) {
	if (!hasRole(actor, 'fasilitator')) throw new Forbidden('moderate');
	const idea = db.select().from(ideas).where(eq(ideas.id, id)).get();
	if (!idea) throw new NotFound('idea');
	// Facilitators never moderate their own content.
	if (idea.authorId === actor.id) throw new Forbidden('moderate_own');
	if (idea.status !== 'menunggu') throw new Conflict('moderate_not_waiting');
	return idea;
}

function publish(tx: Db | Tx, actor: Actor, id: number, authorId: string, now: Date) {
	tx.update(ideas)
		.set({ status: 'terbit', publishedAt: now, updatedAt: now })
		.where(and(eq(ideas.id, id), eq(ideas.status, 'menunggu')))
		.run();
	addEvent(tx, { ideaId: id, status: 'terbit', actorId: actor.id, actorRole: 'fasilitator' });
	notifications.notify(tx, { userId: authorId, kind: 'idea_published', ideaId: id });
	auditLog.record(tx, {
		actorId: actor.id,
		action: 'idea.approve',
		targetType: 'idea',
		targetId: String(id)
	});
}

/**
 * Publishes a waiting idea. When screening marked words in it, the facilitator must say they read them
 * (`checked`): a flagged post is never published with one tap.
 */
export function approve(db: Db, actor: Actor, id: number, checked = false, now = new Date()) {
	const { authorId, screening } = waiting(db, actor, id);
	if (!checked && (screening?.personal.length || screening?.insult.length)) {
		throw new Invalid('moderate_flagged_unchecked', 'checked');
	}
	db.transaction((tx) => publish(tx, actor, id, authorId, now));
}

function checkReason(reason: string) {
	if (reason.trim().length < 3 || reason.length > 500) throw new Invalid('moderate_reason', 'reason');
}

/**
 * Checks a refusal or a request for a change without writing anything, so the page asks "Yakin?" only
 * about an idea that is still this facilitator's to decide. Throws what `reject` throws.
 */
export function checkDecision(db: Db, actor: Actor, id: number, reason: string): void {
	checkReason(reason);
	waiting(db, actor, id);
}

/** Refuses the idea; the author reads the reason on the timeline and in a notification. */
export function reject(db: Db, actor: Actor, id: number, reason: string, now = new Date()) {
	checkReason(reason);
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

/** Sends the idea back to its author with what to change; their edit returns it to the queue. */
export function requestChanges(db: Db, actor: Actor, id: number, reason: string, now = new Date()) {
	checkReason(reason);
	const { authorId } = waiting(db, actor, id);
	db.transaction((tx) => {
		tx.update(ideas).set({ status: 'perlu_perbaikan', updatedAt: now }).where(eq(ideas.id, id)).run();
		addEvent(tx, {
			ideaId: id,
			status: 'perlu_perbaikan',
			actorId: actor.id,
			actorRole: 'fasilitator',
			reason
		});
		notifications.notify(tx, {
			userId: authorId,
			kind: 'idea_changes_requested',
			ideaId: id,
			params: { reason }
		});
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'idea.request_changes',
			targetType: 'idea',
			targetId: String(id),
			reason
		});
	});
}

/**
 * Publishes several waiting ideas at once, but only clean ones: any screening hit, an idea of the
 * facilitator's own or one no longer waiting is skipped. Returns the ids published.
 */
export function bulkApprove(db: Db, actor: Actor, ids: readonly number[], now = new Date()): number[] {
	if (!hasRole(actor, 'fasilitator')) throw new Forbidden('moderate');
	if (ids.length === 0) return [];
	const rows = db
		.select({ id: ideas.id, authorId: ideas.authorId, status: ideas.status, screening: ideas.screening })
		.from(ideas)
		.where(inArray(ideas.id, [...new Set(ids)].slice(0, 100)))
		.all();
	const clean = rows.filter(
		(r) =>
			r.status === 'menunggu' &&
			r.authorId !== actor.id &&
			!r.screening?.personal.length &&
			!r.screening?.insult.length &&
			!r.screening?.harm.length
	);
	db.transaction((tx) => {
		for (const r of clean) publish(tx, actor, r.id, r.authorId, now);
	});
	return clean.map((r) => r.id);
}
