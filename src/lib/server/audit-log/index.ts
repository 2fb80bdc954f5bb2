// The audit log: every moderation, selection, review and admin action — who, what, whom, when, why.
import { and, desc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db, DbOrTx } from '../db/client';
import { contains } from '../db/like';
import { auditLog, users } from '../db/schema';

export interface LogEntry {
	actorId: string | null;
	action: string;
	targetType: string;
	targetId?: string | null;
	reason?: string | null;
	details?: Record<string, unknown> | null;
}

/** Call inside the same transaction as the change it records. */
export function record(db: DbOrTx, entry: LogEntry): void {
	db.insert(auditLog)
		.values({
			actorId: entry.actorId,
			action: entry.action,
			targetType: entry.targetType,
			targetId: entry.targetId ?? null,
			reason: entry.reason ?? null,
			details: entry.details ?? null
		})
		.run();
}

export const PAGE_SIZE = 50;

const actor = alias(users, 'actor');
const target = alias(users, 'target');

/** Newest first; `q` matches the action, the actor's name, or the name or id of the account acted on. */
export function list(db: Db, opts: { q?: string; page?: number } = {}) {
	const page = Math.max(1, opts.page ?? 1);
	const q = opts.q?.trim();
	const where = q
		? or(
				contains(auditLog.action, q),
				eq(auditLog.targetId, q),
				contains(actor.username, q),
				contains(target.username, q)
			)
		: undefined;
	const rows = db
		.select({
			id: auditLog.id,
			action: auditLog.action,
			targetType: auditLog.targetType,
			targetId: auditLog.targetId,
			targetName: target.username,
			reason: auditLog.reason,
			details: auditLog.details,
			createdAt: auditLog.createdAt,
			actor: actor.username
		})
		.from(auditLog)
		.leftJoin(actor, eq(auditLog.actorId, actor.id))
		.leftJoin(target, and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, target.id)))
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(PAGE_SIZE + 1)
		.offset((page - 1) * PAGE_SIZE)
		.all();
	return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}

export function forTarget(db: Db, targetType: string, targetId: string) {
	return db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
		.orderBy(desc(auditLog.id))
		.all();
}
