// The audit log: every moderation, selection, review and admin action — who, what, whom, when, why.
import { and, desc, eq, like, or } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
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

export function list(db: Db, opts: { q?: string; page?: number } = {}) {
	const page = Math.max(1, opts.page ?? 1);
	const q = opts.q?.trim();
	const where = q
		? or(like(auditLog.action, `%${q}%`), eq(auditLog.targetId, q), like(users.username, `%${q}%`))
		: undefined;
	const rows = db
		.select({
			id: auditLog.id,
			action: auditLog.action,
			targetType: auditLog.targetType,
			targetId: auditLog.targetId,
			reason: auditLog.reason,
			details: auditLog.details,
			createdAt: auditLog.createdAt,
			actor: users.username
		})
		.from(auditLog)
		.leftJoin(users, eq(auditLog.actorId, users.id))
		.where(and(where))
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
