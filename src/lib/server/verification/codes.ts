// Invite codes: a facilitator makes a batch for a school class or a desa session, prints them, and
// may revoke one. Each change is logged with who and why.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import { inviteCodes, regions, users } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import { isUniqueViolation } from '../users/register';
import * as regionList from '../regions';
import { generateCode } from './code-format';
import { checkReason, LIMITS } from './limits';

export interface NewCodes {
	label: string;
	desaCode: string | null;
	maxUses: number;
	expiresAt: Date;
	count: number;
}

export type CodeState = 'active' | 'expired' | 'used_up' | 'revoked';

const DAY = 86_400_000;
export const CODES_PAGE_SIZE = 30;

export function codeState(
	c: { uses: number; maxUses: number; expiresAt: Date; revokedAt: Date | null },
	now = new Date()
): CodeState {
	if (c.revokedAt) return 'revoked';
	if (c.expiresAt.getTime() <= now.getTime()) return 'expired';
	return c.uses >= c.maxUses ? 'used_up' : 'active';
}

const isIntIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

function check(db: Db, input: NewCodes, now: Date): NewCodes {
	const label = input.label.trim();
	if (label.length < LIMITS.labelMin || label.length > LIMITS.labelMax)
		throw new Invalid('verif_label', 'label');
	const desaCode = input.desaCode?.trim() || null;
	if (desaCode && !regionList.getVillage(db, desaCode)) throw new Invalid('desa_unknown', 'desaCode');
	if (!isIntIn(input.maxUses, 1, LIMITS.maxUses)) throw new Invalid('verif_max_uses', 'maxUses');
	const ms = input.expiresAt.getTime();
	if (!(ms > now.getTime() && ms <= now.getTime() + LIMITS.expiryDays * DAY))
		throw new Invalid('verif_expiry', 'expiresAt');
	if (!isIntIn(input.count, 1, LIMITS.batch)) throw new Invalid('verif_count', 'count');
	return { ...input, label, desaCode };
}

/** Makes `count` codes with the same label, desa, use limit and expiry; returns them in order. */
export function createCodes(db: Db, actorId: string, input: NewCodes, now = new Date()) {
	const valid = check(db, input, now);
	// A clash with an existing code is one in ~10^11 per code: try a fresh batch a few times.
	for (let attempt = 0; ; attempt++) {
		const codes = new Set<string>();
		while (codes.size < valid.count) codes.add(generateCode());
		try {
			return db.transaction((tx) => {
				const rows = tx
					.insert(inviteCodes)
					.values(
						[...codes].map((code) => ({
							code,
							label: valid.label,
							desaCode: valid.desaCode,
							maxUses: valid.maxUses,
							expiresAt: valid.expiresAt,
							createdBy: actorId,
							createdAt: now
						}))
					)
					.returning({ id: inviteCodes.id, code: inviteCodes.code })
					.all();
				auditLog.record(tx, {
					actorId,
					action: 'invite_code.create',
					targetType: 'invite_code',
					targetId: String(rows[0]?.id),
					details: {
						ids: rows.map((r) => r.id),
						label: valid.label,
						desaCode: valid.desaCode,
						maxUses: valid.maxUses,
						expiresAt: valid.expiresAt.toISOString()
					}
				});
				return rows;
			});
		} catch (e) {
			if (!isUniqueViolation(e) || attempt >= 3) throw e;
		}
	}
}

const creator = alias(users, 'creator');

function selectCodes(db: Db) {
	return db
		.select({
			id: inviteCodes.id,
			code: inviteCodes.code,
			label: inviteCodes.label,
			desaCode: inviteCodes.desaCode,
			desa: regions.name,
			maxUses: inviteCodes.maxUses,
			uses: inviteCodes.uses,
			expiresAt: inviteCodes.expiresAt,
			revokedAt: inviteCodes.revokedAt,
			createdAt: inviteCodes.createdAt,
			createdBy: creator.username
		})
		.from(inviteCodes)
		.leftJoin(regions, eq(inviteCodes.desaCode, regions.code))
		.leftJoin(creator, eq(inviteCodes.createdBy, creator.id));
}

type CodeRow = Awaited<ReturnType<ReturnType<typeof selectCodes>['all']>>[number];
const withState = (now: Date) => (r: CodeRow) => ({ ...r, state: codeState(r, now) });

/** Newest first, one query per page. */
export function listCodes(db: Db, opts: { page?: number } = {}, now = new Date()) {
	const page = Math.max(1, opts.page ?? 1);
	const rows = selectCodes(db)
		.orderBy(desc(inviteCodes.id))
		.limit(CODES_PAGE_SIZE + 1)
		.offset((page - 1) * CODES_PAGE_SIZE)
		.all();
	return {
		codes: rows.slice(0, CODES_PAGE_SIZE).map(withState(now)),
		page,
		hasNext: rows.length > CODES_PAGE_SIZE
	};
}

/** Ids from a query parameter such as "12,13,14", for the print page; anything else is dropped. */
export function parseIdList(text: string | null): number[] {
	const ids = (text ?? '')
		.split(',')
		.map(Number)
		.filter((n) => Number.isInteger(n) && n > 0);
	return [...new Set(ids)].slice(0, LIMITS.printMax);
}

/** The codes to print, in the order they were made; unknown ids are skipped. */
export function getCodes(db: Db, ids: number[], now = new Date()) {
	if (ids.length === 0) return [];
	return selectCodes(db)
		.where(inArray(inviteCodes.id, ids.slice(0, LIMITS.printMax)))
		.orderBy(inviteCodes.id)
		.all()
		.map(withState(now));
}

export function getCode(db: Db, id: number, now = new Date()) {
	const row = selectCodes(db).where(eq(inviteCodes.id, id)).get();
	if (!row) throw new NotFound('verif_code');
	return withState(now)(row);
}

/** A revoked code stops working at once; children it already verified stay verified. */
export function revokeCode(db: Db, actorId: string, id: number, reason: string, now = new Date()) {
	const why = checkReason(reason);
	const code = getCode(db, id, now);
	if (code.revokedAt) throw new Conflict('verif_already_revoked');
	db.transaction((tx) => {
		const done = tx
			.update(inviteCodes)
			.set({ revokedAt: now })
			.where(and(eq(inviteCodes.id, id), isNull(inviteCodes.revokedAt)))
			.run();
		if (done.changes !== 1) throw new Conflict('verif_already_revoked');
		auditLog.record(tx, {
			actorId,
			action: 'invite_code.revoke',
			targetType: 'invite_code',
			targetId: String(id),
			reason: why,
			details: { code: code.code, label: code.label, uses: code.uses }
		});
	});
}
