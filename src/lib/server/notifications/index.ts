// In-app notifications: a short note to a user when something happens to one of their ideas.
// Stored as a kind plus parameters, so each reader sees the text in their own language.
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
import { ideas, notifications } from '../db/schema';
import { NotFound } from '../errors';
import type { NotificationKind, NotificationParams } from '../../notification-kinds';

export type { NotificationKind, NotificationParams } from '../../notification-kinds';

export const PAGE_SIZE = 20;

export type NotificationInput<K extends NotificationKind> = {
	kind: K;
	ideaId?: number | null;
} & (NotificationParams[K] extends Record<string, never>
	? { params?: undefined }
	: { params: NotificationParams[K] });

function row<K extends NotificationKind>(userId: string, input: NotificationInput<K>) {
	return {
		userId,
		kind: input.kind,
		ideaId: input.ideaId ?? null,
		params: (input.params as Record<string, string> | undefined) ?? null
	};
}

/** Call inside the transaction of the change it reports, so both are written or neither. */
export function notify<K extends NotificationKind>(
	db: DbOrTx,
	input: NotificationInput<K> & { userId: string }
): void {
	db.insert(notifications).values(row(input.userId, input)).run();
}

/** The same note to several users, as one multi-row insert. */
export function notifyMany<K extends NotificationKind>(
	db: DbOrTx,
	userIds: readonly string[],
	input: NotificationInput<K>
): void {
	const unique = [...new Set(userIds)];
	if (unique.length === 0) return;
	db.insert(notifications)
		.values(unique.map((id) => row(id, input)))
		.run();
}

/** Newest first, with the idea's title for the link: one query per page. */
export function list(db: Db, userId: string, opts: { page?: number } = {}) {
	const page = Math.min(10_000, Math.max(1, Math.floor(opts.page ?? 1)));
	const rows = db
		.select({
			id: notifications.id,
			kind: notifications.kind,
			params: notifications.params,
			// A safeguarding post is never named or linked back (shared phones).
			ideaId: sql<
				number | null
			>`case when ${ideas.status} = 'perlindungan' then null else ${notifications.ideaId} end`,
			ideaTitle: sql<
				string | null
			>`case when ${ideas.status} = 'perlindungan' then null else ${ideas.title} end`,
			readAt: notifications.readAt,
			createdAt: notifications.createdAt
		})
		.from(notifications)
		.leftJoin(ideas, eq(notifications.ideaId, ideas.id))
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.id))
		.limit(PAGE_SIZE + 1)
		.offset((page - 1) * PAGE_SIZE)
		.all();
	return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}

/** For the bell on every page: one COUNT over the (user_id, read_at, id) index. */
export function unreadCount(db: Db, userId: string): number {
	return (
		db
			.select({ n: count() })
			.from(notifications)
			.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
			.get()?.n ?? 0
	);
}

/** Marks every unread note of the user as read; returns how many changed. */
export function markAllRead(db: Db, userId: string, now = new Date()): number {
	return db
		.update(notifications)
		.set({ readAt: now })
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
		.run().changes;
}

/** Marks one of the user's own notes as read. Someone else's note is NotFound: its existence is not told. */
export function markRead(db: Db, userId: string, id: number, now = new Date()): void {
	const own = and(eq(notifications.id, id), eq(notifications.userId, userId));
	const found = db.select({ readAt: notifications.readAt }).from(notifications).where(own).get();
	if (!found) throw new NotFound('notification');
	if (found.readAt) return;
	db.update(notifications).set({ readAt: now }).where(own).run();
}
