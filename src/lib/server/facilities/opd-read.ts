// The findings an agency's staff see: only those assigned to their own agency.
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { can, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { auditFindings, audits, facilities, findingEvents, opds, type FindingStatus } from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import { OPEN_STATUSES, opdOf, overdueSql } from './findings';
import { itemLookup } from './item-text';
import { fixedPhotoPath } from './reads';

export type OpdFilter = 'terbuka' | 'semua';

function agency(db: Db, actor: Actor): number {
	if (!can(actor, 'opd.respond')) throw new Forbidden('fac_not_your_opd');
	const opdId = opdOf(db, actor);
	if (opdId === null) throw new Forbidden('fac_not_your_opd');
	return opdId;
}

function rows(db: Db, where: SQL | undefined, now: Date) {
	const list = db
		.select({
			id: auditFindings.id,
			auditId: auditFindings.auditId,
			templateId: audits.templateId,
			auditDate: audits.auditDate,
			facilityId: facilities.id,
			facilityName: facilities.name,
			facilityType: facilities.type,
			itemCode: auditFindings.itemCode,
			isKey: auditFindings.isKey,
			note: auditFindings.note,
			status: auditFindings.status,
			plan: auditFindings.plan,
			targetDate: auditFindings.targetDate,
			fixedAt: auditFindings.fixedAt,
			fixedNote: auditFindings.fixedNote,
			fixedPhoto: auditFindings.fixedPhoto,
			overdue: overdueSql(now).mapWith(Boolean)
		})
		.from(auditFindings)
		.innerJoin(audits, and(eq(audits.id, auditFindings.auditId), eq(audits.status, 'diterbitkan')))
		.innerJoin(facilities, eq(facilities.id, auditFindings.facilityId))
		.where(where)
		.orderBy(desc(overdueSql(now)), desc(auditFindings.isKey), asc(auditFindings.id))
		.all();
	const item = itemLookup(
		db,
		list.map((r) => r.templateId)
	);
	return list.map(({ fixedPhoto, ...r }) => ({
		...r,
		item: item(r.templateId, r.itemCode),
		fixedPhotoUrl: fixedPhoto ? fixedPhotoPath(fixedPhoto) : null
	}));
}

/** The agency's findings: open ones (overdue first) or all of them. */
export function forOpd(db: Db, actor: Actor, filter: OpdFilter = 'terbuka', now = new Date()) {
	const opdId = agency(db, actor);
	const opd = db.select({ name: opds.name }).from(opds).where(eq(opds.id, opdId)).get();
	const statuses: FindingStatus[] = filter === 'terbuka' ? [...OPEN_STATUSES] : [];
	const where = and(
		eq(auditFindings.opdId, opdId),
		statuses.length ? inArray(auditFindings.status, statuses) : undefined
	);
	return { opdName: opd?.name ?? '', findings: rows(db, where, now) };
}

/** One of the agency's findings with its history; another agency's is NotFound. */
export function findingForOpd(db: Db, actor: Actor, findingId: number, now = new Date()) {
	const opdId = agency(db, actor);
	const [finding] = rows(db, and(eq(auditFindings.id, findingId), eq(auditFindings.opdId, opdId)), now);
	if (!finding) throw new NotFound('fac_finding');
	const events = db
		.select({
			kind: findingEvents.kind,
			note: findingEvents.note,
			actorRole: findingEvents.actorRole,
			createdAt: findingEvents.createdAt
		})
		.from(findingEvents)
		.where(eq(findingEvents.findingId, findingId))
		.orderBy(asc(findingEvents.id))
		.all();
	return { ...finding, events };
}
