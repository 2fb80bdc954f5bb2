// A facilitator finds children and verifies or un-verifies one by hand, always with a reason.
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import { contains } from '../db/like';
import { inviteCodes, regions, users } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import { checkReason } from './limits';

export const CHILDREN_PAGE_SIZE = 30;

export interface ChildFilter {
	q?: string;
	desaCode?: string;
	/** true: only verified, false: only not verified, undefined: both. */
	verified?: boolean;
	inviteCodeId?: number;
	page?: number;
}

const desa = alias(regions, 'desa');
const kecamatan = alias(regions, 'kecamatan');
const verifier = alias(users, 'verifier');

function selectChildren(db: Db) {
	return db
		.select({
			id: users.id,
			username: users.username,
			desa: desa.name,
			kecamatan: kecamatan.name,
			verifiedAt: users.verifiedAt,
			method: users.verificationMethod,
			verifier: verifier.username,
			codeLabel: inviteCodes.label,
			deactivatedAt: users.deactivatedAt
		})
		.from(users)
		.leftJoin(desa, eq(users.desaCode, desa.code))
		.leftJoin(kecamatan, eq(desa.parentCode, kecamatan.code))
		.leftJoin(verifier, eq(users.verifiedBy, verifier.id))
		.leftJoin(inviteCodes, eq(users.inviteCodeId, inviteCodes.id));
}

const isLiveChild = and(eq(users.kind, 'child'), isNull(users.deletedAt));

/** One page of child accounts with place and verification, in one query (no query per row). */
export function listChildren(db: Db, filter: ChildFilter = {}) {
	const page = Math.max(1, filter.page ?? 1);
	const q = filter.q?.trim();
	const where = and(
		isLiveChild,
		q ? contains(users.username, q) : undefined,
		filter.desaCode ? eq(users.desaCode, filter.desaCode) : undefined,
		filter.verified === undefined
			? undefined
			: filter.verified
				? isNotNull(users.verifiedAt)
				: isNull(users.verifiedAt),
		filter.inviteCodeId === undefined ? undefined : eq(users.inviteCodeId, filter.inviteCodeId)
	);
	const rows = selectChildren(db)
		.where(where)
		.orderBy(asc(sql`lower(${users.username})`))
		.limit(CHILDREN_PAGE_SIZE + 1)
		.offset((page - 1) * CHILDREN_PAGE_SIZE)
		.all();
	return { children: rows.slice(0, CHILDREN_PAGE_SIZE), page, hasNext: rows.length > CHILDREN_PAGE_SIZE };
}

/** A child account (not deleted); staff accounts and unknown ids are NotFound here. */
export function getChild(db: Db, id: string) {
	const row = selectChildren(db)
		.where(and(isLiveChild, eq(users.id, id)))
		.get();
	if (!row) throw new NotFound('verif_child');
	return row;
}

function target(db: Db, childId: string) {
	const user = db.select().from(users).where(eq(users.id, childId)).get();
	if (!user || user.deletedAt) throw new NotFound('verif_child');
	if (user.kind !== 'child') throw new Invalid('verif_not_child');
	return user;
}

export function verifyByHand(db: Db, actorId: string, childId: string, reason: string, now = new Date()) {
	const why = checkReason(reason);
	if (target(db, childId).verifiedAt) throw new Conflict('verif_already');
	db.transaction((tx) => {
		const done = tx
			.update(users)
			.set({ verifiedAt: now, verifiedBy: actorId, verificationMethod: 'manual', inviteCodeId: null })
			.where(and(eq(users.id, childId), isNull(users.verifiedAt)))
			.run();
		if (done.changes !== 1) throw new Conflict('verif_already');
		auditLog.record(tx, {
			actorId,
			action: 'user.verify',
			targetType: 'user',
			targetId: childId,
			reason: why,
			details: { method: 'manual' }
		});
	});
}

/** Takes verification away (e.g. a code handed out by mistake); the code's use count stays. */
export function unverify(db: Db, actorId: string, childId: string, reason: string) {
	const why = checkReason(reason);
	const child = target(db, childId);
	if (!child.verifiedAt) throw new Conflict('verif_not_verified');
	db.transaction((tx) => {
		const done = tx
			.update(users)
			.set({ verifiedAt: null, verifiedBy: null, verificationMethod: null, inviteCodeId: null })
			.where(and(eq(users.id, childId), isNotNull(users.verifiedAt)))
			.run();
		if (done.changes !== 1) throw new Conflict('verif_not_verified');
		auditLog.record(tx, {
			actorId,
			action: 'user.unverify',
			targetType: 'user',
			targetId: childId,
			reason: why,
			details: {
				previousMethod: child.verificationMethod,
				previousVerifiedBy: child.verifiedBy,
				previousInviteCodeId: child.inviteCodeId
			}
		});
	});
}
