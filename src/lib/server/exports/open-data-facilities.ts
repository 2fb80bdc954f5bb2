// Open data about facilities: facilities with their latest published score, published audits (credited to
// the kecamatan Forum Anak, never a member) and the findings of published audits.
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import {
	auditFindings,
	audits,
	checklistTemplates,
	facilities,
	opds,
	regions,
	type Cycle
} from '../db/schema';
import type { CsvColumn } from './csv';
import { paged } from './download';

const kec = alias(regions, 'kec');
const desa = alias(regions, 'desa');
const forum = alias(regions, 'forum');
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Audits of a cycle: dated from its opening to its review deadline. Without a cycle: all published. */
function auditWindow(cycle?: Cycle): SQL | undefined {
	return and(
		eq(audits.status, 'diterbitkan'),
		cycle
			? sql`${audits.auditDate} between ${cycle.opensAt.getTime()} and ${cycle.reviewDeadlineAt.getTime()}`
			: undefined
	);
}

export function facilityList(db: Db, cycle?: Cycle) {
	const latest = alias(audits, 'latest');
	const a = alias(audits, 'a2');
	const latestId = db
		.select({ id: a.id })
		.from(a)
		.where(
			and(
				eq(a.facilityId, facilities.id),
				eq(a.status, 'diterbitkan'),
				cycle ? sql`${a.auditDate} <= ${cycle.reviewDeadlineAt.getTime()}` : undefined
			)
		)
		.orderBy(sql`${a.auditDate} desc, ${a.id} desc`)
		.limit(1);
	const page = (after: number, limit: number) =>
		db
			.select({
				id: facilities.id,
				type: facilities.type,
				name: facilities.name,
				address: facilities.address,
				desaCode: facilities.desaCode,
				desa: desa.name,
				kecamatanCode: facilities.kecamatanCode,
				kecamatan: kec.name,
				opd: opds.name,
				auditId: latest.id,
				auditDate: latest.auditDate,
				score: latest.score
			})
			.from(facilities)
			.innerJoin(desa, eq(desa.code, facilities.desaCode))
			.innerJoin(kec, eq(kec.code, facilities.kecamatanCode))
			.leftJoin(opds, eq(opds.id, facilities.opdId))
			.leftJoin(latest, eq(latest.id, sql`(${latestId})`))
			.where(gt(facilities.id, after))
			.orderBy(asc(facilities.id))
			.limit(limit)
			.all();
	type Row = ReturnType<typeof page>[number];
	const columns: CsvColumn<Row>[] = [
		{ header: 'id', value: (r) => r.id },
		{ header: 'jenis', value: (r) => r.type },
		{ header: 'nama', value: (r) => r.name },
		{ header: 'alamat', value: (r) => r.address },
		{ header: 'desa_kode', value: (r) => r.desaCode },
		{ header: 'desa', value: (r) => r.desa },
		{ header: 'kecamatan_kode', value: (r) => r.kecamatanCode },
		{ header: 'kecamatan', value: (r) => r.kecamatan },
		{ header: 'opd', value: (r) => r.opd },
		{ header: 'audit_terakhir_id', value: (r) => r.auditId },
		{ header: 'tanggal_audit', value: (r) => r.auditDate },
		{ header: 'skor_persen', value: (r) => pct(r.score) }
	];
	return { columns, rows: paged(page) };
}

export function auditList(db: Db, cycle?: Cycle) {
	const page = (after: number, limit: number) =>
		db
			.select({
				id: audits.id,
				facilityId: audits.facilityId,
				facility: facilities.name,
				type: facilities.type,
				kecamatanCode: facilities.kecamatanCode,
				kecamatan: kec.name,
				team: forum.name,
				version: checklistTemplates.version,
				auditDate: audits.auditDate,
				publishedAt: audits.publishedAt,
				score: audits.score,
				scores: audits.scores
			})
			.from(audits)
			.innerJoin(facilities, eq(facilities.id, audits.facilityId))
			.innerJoin(kec, eq(kec.code, facilities.kecamatanCode))
			.innerJoin(checklistTemplates, eq(checklistTemplates.id, audits.templateId))
			.leftJoin(forum, eq(forum.code, audits.forumKecamatanCode))
			.where(and(auditWindow(cycle), gt(audits.id, after)))
			.orderBy(asc(audits.id))
			.limit(limit)
			.all();
	type Row = ReturnType<typeof page>[number];
	const columns: CsvColumn<Row>[] = [
		{ header: 'id', value: (r) => r.id },
		{ header: 'fasilitas_id', value: (r) => r.facilityId },
		{ header: 'fasilitas', value: (r) => r.facility },
		{ header: 'jenis', value: (r) => r.type },
		{ header: 'kecamatan_kode', value: (r) => r.kecamatanCode },
		{ header: 'kecamatan', value: (r) => r.kecamatan },
		{ header: 'tim', value: (r) => (r.team ? `Forum Anak Kecamatan ${r.team}` : 'Forum Anak') },
		{ header: 'versi_daftar_periksa', value: (r) => r.version },
		{ header: 'tanggal_audit', value: (r) => r.auditDate },
		{ header: 'diterbitkan', value: (r) => r.publishedAt },
		{ header: 'skor_persen', value: (r) => pct(r.score) },
		{
			header: 'skor_bagian',
			value: (r) => r.scores?.sections.map((s) => `${s.code}:${pct(s.score) ?? '-'}`).join('; ') ?? null
		}
	];
	return { columns, rows: paged(page) };
}

export function findingList(db: Db, cycle?: Cycle) {
	const page = (after: number, limit: number) =>
		db
			.select({
				id: auditFindings.id,
				auditId: auditFindings.auditId,
				facilityId: auditFindings.facilityId,
				facility: facilities.name,
				kecamatan: kec.name,
				item: auditFindings.itemCode,
				isKey: auditFindings.isKey,
				note: auditFindings.note,
				opd: opds.name,
				status: auditFindings.status,
				plan: auditFindings.plan,
				target: auditFindings.targetDate,
				fixedAt: auditFindings.fixedAt,
				fixedNote: auditFindings.fixedNote
			})
			.from(auditFindings)
			.innerJoin(audits, eq(audits.id, auditFindings.auditId))
			.innerJoin(facilities, eq(facilities.id, auditFindings.facilityId))
			.innerJoin(kec, eq(kec.code, facilities.kecamatanCode))
			.leftJoin(opds, eq(opds.id, auditFindings.opdId))
			.where(and(auditWindow(cycle), gt(auditFindings.id, after)))
			.orderBy(asc(auditFindings.id))
			.limit(limit)
			.all();
	type Row = ReturnType<typeof page>[number];
	const columns: CsvColumn<Row>[] = [
		{ header: 'id', value: (r) => r.id },
		{ header: 'audit_id', value: (r) => r.auditId },
		{ header: 'fasilitas_id', value: (r) => r.facilityId },
		{ header: 'fasilitas', value: (r) => r.facility },
		{ header: 'kecamatan', value: (r) => r.kecamatan },
		{ header: 'butir', value: (r) => r.item },
		{ header: 'butir_kunci', value: (r) => r.isKey },
		{ header: 'catatan', value: (r) => r.note },
		{ header: 'opd', value: (r) => r.opd },
		{ header: 'status', value: (r) => r.status },
		{ header: 'rencana', value: (r) => r.plan },
		{ header: 'target', value: (r) => r.target },
		{ header: 'diperbaiki', value: (r) => r.fixedAt },
		{ header: 'catatan_perbaikan', value: (r) => r.fixedNote },
		{
			header: 'tepat_waktu',
			value: (r) => (r.fixedAt && r.target ? r.fixedAt.getTime() <= r.target.getTime() : null)
		}
	];
	return { columns, rows: paged(page) };
}
