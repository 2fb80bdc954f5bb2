// Suspension: a facilitator stops a child's posting and voting for a while, with a reason. The child
// keeps their sessions and can still read and follow their ideas; permissions.ts (isSuspended, can)
// refuses the rest until `suspendedUntil` has passed.
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import * as auditLog from '../audit-log';
import type { Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { contains } from '../db/like';
import { regions, users } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { checkModerator } from './reports';

const DAY = 86_400_000;
/** A suspension lasts from one day to one year. */
export const SUSPEND_DAYS_MIN = 1;
export const SUSPEND_DAYS_MAX = 365;
/** The route computes `until` a moment before the verb runs: that moment is not held against it. */
const SLACK = 60_000;
export const SEARCH_LIMIT = 20;

export interface Suspension {
	until: Date;
	reason: string;
}

function childToSuspend(db: Db, childId: string) {
	const user = db
		.select({ kind: users.kind, deletedAt: users.deletedAt, suspendedUntil: users.suspendedUntil })
		.from(users)
		.where(eq(users.id, childId))
		.get();
	if (!user || user.deletedAt) throw new NotFound('modr_user');
	if (user.kind !== 'child') throw new Forbidden('modr_suspend_not_child');
	return user;
}

/**
 * Suspends a child account's posting and voting until `until` (1 to 365 days ahead); suspending again
 * replaces the period. Throws Forbidden (moderate, modr_suspend_not_child), NotFound (user), Invalid
 * (modr_reason, modr_suspend_until).
 */
export function suspend(
	db: Db,
	actor: Actor,
	childId: string,
	{ until, reason }: Suspension,
	now = new Date()
): void {
	const why = checkModerator(actor, reason);
	const ahead = until.getTime() - now.getTime();
	if (!(ahead >= SUSPEND_DAYS_MIN * DAY - SLACK && ahead <= SUSPEND_DAYS_MAX * DAY + SLACK))
		throw new Invalid('modr_suspend_until', 'days');
	const before = childToSuspend(db, childId);
	db.transaction((tx) => {
		tx.update(users).set({ suspendedUntil: until, suspendReason: why }).where(eq(users.id, childId)).run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'user.suspend',
			targetType: 'user',
			targetId: childId,
			reason: why,
			details: { until: until.toISOString(), previous: before.suspendedUntil?.toISOString() ?? null }
		});
	});
}

/** Ends a running suspension early. Throws Conflict (modr_not_suspended) when none runs. */
export function lift(db: Db, actor: Actor, childId: string, reason: string, now = new Date()): void {
	const why = checkModerator(actor, reason);
	const { suspendedUntil } = childToSuspend(db, childId);
	if (!suspendedUntil || suspendedUntil.getTime() <= now.getTime()) throw new Conflict('modr_not_suspended');
	db.transaction((tx) => {
		tx.update(users).set({ suspendedUntil: null, suspendReason: null }).where(eq(users.id, childId)).run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'user.lift_suspension',
			targetType: 'user',
			targetId: childId,
			reason: why,
			details: { until: suspendedUntil.toISOString() }
		});
	});
}

/** The running suspension of a user, for their own page (/saya), or null. */
export function suspensionOf(db: Db, userId: string, now = new Date()): Suspension | null {
	const row = db
		.select({ until: users.suspendedUntil, reason: users.suspendReason })
		.from(users)
		.where(eq(users.id, userId))
		.get();
	if (!row?.until || row.until.getTime() <= now.getTime()) return null;
	return { until: row.until, reason: row.reason ?? '' };
}

const desa = alias(regions, 'desa');

function childRows(db: Db) {
	return db
		.select({
			id: users.id,
			username: users.username,
			desa: desa.name,
			suspendedUntil: users.suspendedUntil,
			suspendReason: users.suspendReason
		})
		.from(users)
		.leftJoin(desa, eq(users.desaCode, desa.code));
}

const liveChild = and(eq(users.kind, 'child'), isNull(users.deletedAt));

/** Child accounts whose nickname contains `q`, with any suspension: one query. */
export function searchChildren(db: Db, q: string) {
	const text = q.trim();
	if (!text) return [];
	return childRows(db)
		.where(and(liveChild, contains(users.username, text)))
		.orderBy(asc(sql`lower(${users.username})`))
		.limit(SEARCH_LIMIT)
		.all();
}

/** One child account with its suspension; staff accounts and unknown ids are NotFound. */
export function childWithSuspension(db: Db, id: string) {
	const row = childRows(db)
		.where(and(liveChild, eq(users.id, id)))
		.get();
	if (!row) throw new NotFound('modr_user');
	return row;
}

/** Suspensions still running, the one ending soonest first. */
export function currentSuspensions(db: Db, now = new Date()) {
	return childRows(db)
		.where(and(liveChild, gt(users.suspendedUntil, now)))
		.orderBy(asc(users.suspendedUntil))
		.all();
}
