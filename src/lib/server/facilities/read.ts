// What anyone may read: facilities with their latest published score, a facility's history and open
// findings, and a published audit report. Drafts, submitted and sent-back audits are never public,
// and a report names the team only as "Forum Anak Kecamatan X". Last, the findings an agency's staff
// see: only those assigned to their own agency.
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { photoPath } from '../audits/photos';
import { can, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import {
	auditAnswers,
	auditFindings,
	auditPhotos,
	audits,
	checklistTemplates,
	facilities,
	findingEvents,
	opds,
	regions,
	type FacilityType,
	type FindingStatus
} from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import { OPEN_STATUSES, opdOf, overdueSql } from './findings';
import { itemLookup } from './item-text';

export const PAGE_SIZE = 30;
const desa = alias(regions, 'desa');
const kecamatan = alias(regions, 'kecamatan');
const forum = alias(regions, 'forum');

export interface FacilityFilter {
	type?: FacilityType;
	kecamatanCode?: string;
	page?: number;
}

/** The latest published audit of each facility, as a correlated subquery column. */
const latestPublished = <T>(column: typeof audits.score | typeof audits.auditDate | typeof audits.id) =>
	sql<T | null>`(select ${column} from ${audits} where ${audits.facilityId} = ${facilities.id} and ${audits.status} = 'diterbitkan' order by ${audits.auditDate} desc, ${audits.id} desc limit 1)`;

const facilityColumns = {
	id: facilities.id,
	type: facilities.type,
	name: facilities.name,
	address: facilities.address,
	desaCode: facilities.desaCode,
	desaName: desa.name,
	kecamatanCode: facilities.kecamatanCode,
	kecamatanName: kecamatan.name,
	opdName: opds.name
};

export function listFacilities(db: Db, filter: FacilityFilter = {}) {
	const page = Math.min(10_000, Math.max(1, Math.floor(filter.page ?? 1)));
	const rows = db
		.select({
			...facilityColumns,
			latestScore: latestPublished<number>(audits.score),
			latestAuditId: latestPublished<number>(audits.id),
			latestAuditDate: latestPublished<number>(audits.auditDate),
			openFindings: sql<number>`(select count(*) from ${auditFindings} where ${auditFindings.facilityId} = ${facilities.id} and ${auditFindings.status} in ('terbuka', 'direncanakan'))`
		})
		.from(facilities)
		.leftJoin(desa, eq(desa.code, facilities.desaCode))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.leftJoin(opds, eq(opds.id, facilities.opdId))
		.where(
			and(
				filter.type ? eq(facilities.type, filter.type) : undefined,
				filter.kecamatanCode ? eq(facilities.kecamatanCode, filter.kecamatanCode) : undefined
			)
		)
		.orderBy(asc(kecamatan.name), asc(facilities.name), asc(facilities.id))
		.limit(PAGE_SIZE + 1)
		.offset((page - 1) * PAGE_SIZE)
		.all()
		.map((r) => ({
			...r,
			// Raw subquery values: the date comes back as epoch milliseconds.
			latestAuditDate: r.latestAuditDate === null ? null : new Date(r.latestAuditDate)
		}));
	return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}

/** Kecamatan that have at least one facility, for the filter. */
export function kecamatanWithFacilities(db: Db) {
	return db
		.selectDistinct({ code: kecamatan.code, name: kecamatan.name })
		.from(facilities)
		.innerJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.orderBy(asc(kecamatan.name))
		.all();
}

function facilityRow(db: Db, id: number) {
	const row = db
		.select({ ...facilityColumns, opdId: facilities.opdId })
		.from(facilities)
		.leftJoin(desa, eq(desa.code, facilities.desaCode))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.leftJoin(opds, eq(opds.id, facilities.opdId))
		.where(eq(facilities.id, id))
		.get();
	if (!row) throw new NotFound('fac_facility');
	return row;
}

const findingColumns = (now: Date) => ({
	id: auditFindings.id,
	auditId: auditFindings.auditId,
	templateId: audits.templateId,
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
});

/** Where a finding's "fixed" photo is served (public: findings exist only on published audits). */
export function fixedPhotoPath(name: string): string {
	return `/fasilitas/temuan/foto/${name}`;
}

type FindingRow = { templateId: number; itemCode: string; fixedPhoto: string | null; id: number };

function withItems<T extends FindingRow>(db: Db, rows: T[]) {
	const item = itemLookup(
		db,
		rows.map((r) => r.templateId)
	);
	return rows.map(({ fixedPhoto, ...r }) => ({
		...r,
		item: item(r.templateId, r.itemCode),
		fixedPhotoUrl: fixedPhoto ? fixedPhotoPath(fixedPhoto) : null
	}));
}

/** A facility's public page: details, published audits (oldest first, for the trend), findings not done. */
export function facilityPage(db: Db, id: number, now = new Date()) {
	const facility = facilityRow(db, id);
	const history = db
		.select({
			id: audits.id,
			auditDate: audits.auditDate,
			score: audits.score,
			version: checklistTemplates.version,
			findings: sql<number>`(select count(*) from ${auditFindings} where ${auditFindings.auditId} = ${audits.id})`
		})
		.from(audits)
		.innerJoin(checklistTemplates, eq(checklistTemplates.id, audits.templateId))
		.where(and(eq(audits.facilityId, id), eq(audits.status, 'diterbitkan')))
		.orderBy(asc(audits.auditDate), asc(audits.id))
		.all();
	const findings = db
		.select(findingColumns(now))
		.from(auditFindings)
		.innerJoin(audits, and(eq(audits.id, auditFindings.auditId), eq(audits.status, 'diterbitkan')))
		.where(and(eq(auditFindings.facilityId, id), ne(auditFindings.status, 'selesai')))
		.orderBy(desc(auditFindings.isKey), asc(auditFindings.id))
		.all();
	return { facility, history, findings: withItems(db, findings) };
}

/** A published report; anything else is NotFound, exactly as if it did not exist. */
export function report(db: Db, auditId: number, now = new Date()) {
	const row = db
		.select({ audit: audits, forumKecamatan: forum.name, version: checklistTemplates.version })
		.from(audits)
		.innerJoin(checklistTemplates, eq(checklistTemplates.id, audits.templateId))
		.leftJoin(forum, eq(forum.code, audits.forumKecamatanCode))
		.where(and(eq(audits.id, auditId), eq(audits.status, 'diterbitkan')))
		.get();
	if (!row) throw new NotFound('fac_audit');
	const { audit } = row;
	const facility = facilityRow(db, audit.facilityId);
	const template = db
		.select({ content: checklistTemplates.content })
		.from(checklistTemplates)
		.where(eq(checklistTemplates.id, audit.templateId))
		.get();
	const answers = db
		.select({ itemCode: auditAnswers.itemCode, answer: auditAnswers.answer, note: auditAnswers.note })
		.from(auditAnswers)
		.where(eq(auditAnswers.auditId, auditId))
		.all();
	const photos = new Map<string, string[]>();
	for (const p of db
		.select()
		.from(auditPhotos)
		.where(eq(auditPhotos.auditId, auditId))
		.orderBy(asc(auditPhotos.id))
		.all())
		photos.set(p.itemCode, [...(photos.get(p.itemCode) ?? []), photoPath(p.file)]);
	const findings = withItems(
		db,
		db
			.select(findingColumns(now))
			.from(auditFindings)
			.innerJoin(audits, eq(audits.id, auditFindings.auditId))
			.where(eq(auditFindings.auditId, auditId))
			.orderBy(desc(auditFindings.isKey), asc(auditFindings.id))
			.all()
	);
	const events = findings.length
		? db
				.select({
					findingId: findingEvents.findingId,
					kind: findingEvents.kind,
					note: findingEvents.note,
					targetDay: findingEvents.targetDay,
					actorRole: findingEvents.actorRole,
					createdAt: findingEvents.createdAt
				})
				.from(findingEvents)
				.where(
					inArray(
						findingEvents.findingId,
						findings.map((f) => f.id)
					)
				)
				.orderBy(asc(findingEvents.id))
				.all()
		: [];
	return {
		audit: {
			id: audit.id,
			auditDate: audit.auditDate,
			publishedAt: audit.publishedAt,
			score: audit.score,
			scores: audit.scores,
			version: row.version
		},
		// The team is credited as a forum, never as children: the forum's kecamatan, else the facility's.
		forumKecamatan: row.forumKecamatan ?? facility.kecamatanName,
		facility,
		content: template?.content ?? { sections: [] },
		answers: Object.fromEntries(answers.map((a) => [a.itemCode, { answer: a.answer, note: a.note }])),
		photos: Object.fromEntries(photos),
		findings: findings.map((f) => ({
			...f,
			photos: photos.get(f.itemCode) ?? [],
			events: events.filter((e) => e.findingId === f.id)
		}))
	};
}

/** Whether a stored photo is the "fixed" photo of a finding (and so public). */
export function isFixedPhoto(db: Db, name: string): boolean {
	return !!db
		.select({ id: auditFindings.id })
		.from(auditFindings)
		.innerJoin(audits, and(eq(audits.id, auditFindings.auditId), eq(audits.status, 'diterbitkan')))
		.where(eq(auditFindings.fixedPhoto, name))
		.get();
}

/** Published audits and open findings, for the facility list header. */
export function totals(db: Db) {
	const published =
		db.select({ n: count() }).from(audits).where(eq(audits.status, 'diterbitkan')).get()?.n ?? 0;
	const open =
		db
			.select({ n: count() })
			.from(auditFindings)
			.where(inArray(auditFindings.status, ['terbuka', 'direncanakan']))
			.get()?.n ?? 0;
	return { published, open };
}

export type OpdFilter = 'terbuka' | 'semua';

function agency(db: Db, actor: Actor): number {
	if (!can(actor, 'opd.respond')) throw new Forbidden('fac_not_your_opd');
	const opdId = opdOf(db, actor);
	if (opdId === null) throw new Forbidden('fac_not_your_opd');
	return opdId;
}

function opdRows(db: Db, where: SQL | undefined, now: Date) {
	const rows = db
		.select({
			...findingColumns(now),
			auditDate: audits.auditDate,
			facilityId: facilities.id,
			facilityName: facilities.name,
			facilityType: facilities.type
		})
		.from(auditFindings)
		.innerJoin(audits, and(eq(audits.id, auditFindings.auditId), eq(audits.status, 'diterbitkan')))
		.innerJoin(facilities, eq(facilities.id, auditFindings.facilityId))
		.where(where)
		.orderBy(desc(overdueSql(now)), desc(auditFindings.isKey), asc(auditFindings.id))
		.all();
	return withItems(db, rows);
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
	return { opdName: opd?.name ?? '', findings: opdRows(db, where, now) };
}

/** One of the agency's findings with its history; another agency's is NotFound. */
export function findingForOpd(db: Db, actor: Actor, findingId: number, now = new Date()) {
	const opdId = agency(db, actor);
	const [finding] = opdRows(db, and(eq(auditFindings.id, findingId), eq(auditFindings.opdId, opdId)), now);
	if (!finding) throw new NotFound('fac_finding');
	const events = db
		.select({
			kind: findingEvents.kind,
			note: findingEvents.note,
			targetDay: findingEvents.targetDay,
			actorRole: findingEvents.actorRole,
			createdAt: findingEvents.createdAt
		})
		.from(findingEvents)
		.where(eq(findingEvents.findingId, findingId))
		.orderBy(asc(findingEvents.id))
		.all();
	return { ...finding, events };
}
