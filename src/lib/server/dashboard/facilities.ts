// Facility audits as the public sees them: only published audits count. With a cycle chosen, the state
// as the cycle's review closed (audits done by its review deadline); otherwise the latest of all.
// Open findings: not yet fixed (terbuka, direncanakan). Fixed on time: fixed by the agency's target date.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { auditFindings, audits, facilities, regions, type FacilityType } from '../db/schema';
import type { Scope } from './scope';

const OPEN = ['terbuka', 'direncanakan'] as const;
const FIXED = ['diperbaiki', 'selesai'] as const;
const desa = alias(regions, 'facility_desa');
const kecamatan = alias(regions, 'facility_kecamatan');
const latest = alias(audits, 'latest');

function auditWindow(
	scope: Scope,
	table: { status: AnySQLiteColumn; auditDate: AnySQLiteColumn }
): SQL | undefined {
	return and(
		eq(table.status, 'diterbitkan'),
		scope.cycle ? sql`${table.auditDate} <= ${scope.cycle.reviewDeadlineAt.getTime()}` : undefined
	);
}

/** The id of the facility's latest published audit in the window (index audits_facility_idx). */
function latestAuditId(db: Db, scope: Scope): SQL<number | null> {
	const a = alias(audits, 'a2');
	const q = db
		.select({ id: a.id })
		.from(a)
		.where(and(eq(a.facilityId, facilities.id), auditWindow(scope, a)))
		.orderBy(desc(a.auditDate), desc(a.id))
		.limit(1);
	return sql<number | null>`(${q})`;
}

function openFindingsOf(scope: Scope): SQL<number> {
	return sql<number>`(select count(*) from ${auditFindings} join ${audits} on ${audits.id} = ${auditFindings.auditId}
		where ${auditFindings.facilityId} = ${facilities.id} and ${inArray(auditFindings.status, [...OPEN])}
		and ${auditWindow(scope, audits)})`;
}

export interface FacilityRow {
	id: number;
	type: FacilityType;
	name: string;
	desa: string;
	kecamatanCode: string;
	kecamatan: string;
	auditId: number | null;
	auditDate: Date | null;
	/** Share between 0 and 1. */
	score: number | null;
	openFindings: number;
}

export function facilityScores(db: Db, scope: Scope): FacilityRow[] {
	return db
		.select({
			id: facilities.id,
			type: facilities.type,
			name: facilities.name,
			desa: desa.name,
			kecamatanCode: facilities.kecamatanCode,
			kecamatan: kecamatan.name,
			auditId: latest.id,
			auditDate: latest.auditDate,
			score: latest.score,
			openFindings: openFindingsOf(scope)
		})
		.from(facilities)
		.innerJoin(desa, eq(desa.code, facilities.desaCode))
		.innerJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.leftJoin(latest, eq(latest.id, latestAuditId(db, scope)))
		.where(scope.kecamatan ? eq(facilities.kecamatanCode, scope.kecamatan) : undefined)
		.orderBy(asc(kecamatan.name), asc(facilities.type), asc(facilities.name))
		.all();
}

export interface KecamatanFacilities {
	facilities: number;
	audited: number;
	/** Mean of the latest scores, per type and overall; null with no audited facility. */
	score: number | null;
	rbra: number | null;
	puskesmas: number | null;
}

/** Per kecamatan: how many facilities, how many audited, the mean latest score. Always every kecamatan. */
export function facilitiesByKecamatan(db: Db, scope: Scope): Map<string, KecamatanFacilities> {
	const rows = db
		.select({
			k: facilities.kecamatanCode,
			facilities: sql<number>`count(*)`,
			audited: sql<number>`count(${latest.id})`,
			score: sql<number | null>`avg(${latest.score})`,
			rbra: sql<number | null>`avg(case when ${facilities.type} = 'rbra' then ${latest.score} end)`,
			puskesmas: sql<number | null>`avg(case when ${facilities.type} = 'puskesmas' then ${latest.score} end)`
		})
		.from(facilities)
		.leftJoin(latest, eq(latest.id, latestAuditId(db, scope)))
		.groupBy(facilities.kecamatanCode)
		.all();
	return new Map(rows.map(({ k, ...r }) => [k, r]));
}

export interface Findings {
	total: number;
	open: number;
	fixed: number;
	fixedOnTime: number;
}

/** Findings of published audits in the scope. */
export function findings(db: Db, scope: Scope): Findings {
	const fixed = inArray(auditFindings.status, [...FIXED]);
	const row = db
		.select({
			total: sql<number>`count(*)`,
			open: sql<number>`coalesce(sum(${inArray(auditFindings.status, [...OPEN])}), 0)`,
			fixed: sql<number>`coalesce(sum(${fixed}), 0)`,
			fixedOnTime: sql<number>`coalesce(sum(${fixed} and ${auditFindings.fixedAt} is not null
				and ${auditFindings.targetDate} is not null and ${auditFindings.fixedAt} <= ${auditFindings.targetDate}), 0)`
		})
		.from(auditFindings)
		.innerJoin(audits, eq(audits.id, auditFindings.auditId))
		.innerJoin(facilities, eq(facilities.id, auditFindings.facilityId))
		.where(
			and(
				auditWindow(scope, audits),
				scope.kecamatan ? eq(facilities.kecamatanCode, scope.kecamatan) : undefined
			)
		)
		.get();
	return {
		total: row?.total ?? 0,
		open: row?.open ?? 0,
		fixed: row?.fixed ?? 0,
		fixedOnTime: row?.fixedOnTime ?? 0
	};
}
