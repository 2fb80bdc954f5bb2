// Open data: public records only, never a child beyond the desa. Aspirations carry the author's desa and
// no nickname; audits credit "Forum Anak Kecamatan X", never a member. Column names are stable: they are
// the contract with whoever built a spreadsheet or a script on them.
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { cycles, ideas, opds, proposals, regions, users, type Cycle } from '../db/schema';
import { safe, safeText } from '../dashboard/safe';
import type { CsvColumn } from './csv';
import { paged } from './download';
import { auditList, facilityList, findingList } from './open-data-facilities';

/** The official names of the KLA clusters, as the national evaluation writes them. */
export const CLUSTER_NAMES: Record<number, string> = {
	1: 'Hak Sipil dan Kebebasan',
	2: 'Lingkungan Keluarga dan Pengasuhan Alternatif',
	3: 'Kesehatan Dasar dan Kesejahteraan',
	4: 'Pendidikan, Pemanfaatan Waktu Luang, dan Kegiatan Budaya',
	5: 'Perlindungan Khusus'
};

export const RECORD_SETS = ['aspirasi', 'tiket-emas', 'fasilitas', 'audit', 'temuan'] as const;
export type RecordSet = (typeof RECORD_SETS)[number];

const place = alias(regions, 'place');
const kec = alias(regions, 'kec');
const authorDesa = alias(regions, 'author_desa');
const desa = alias(regions, 'desa');

function aspirations(db: Db, cycle?: Cycle) {
	const page = (after: number, limit: number) =>
		db
			.select({
				id: ideas.id,
				cycleId: ideas.cycleId,
				cycle: cycles.name,
				title: ideas.title,
				body: ideas.body,
				cluster: ideas.cluster,
				level: ideas.level,
				placeCode: ideas.regionCode,
				place: place.name,
				kecamatanCode: ideas.kecamatanCode,
				kecamatan: kec.name,
				authorDesa: authorDesa.name,
				isGroup: ideas.isGroup,
				forum: ideas.groupForum,
				groupSize: ideas.groupSize,
				votes: ideas.voteCount,
				status: ideas.status,
				mergedInto: ideas.mergedIntoId,
				publishedAt: ideas.publishedAt
			})
			.from(ideas)
			.leftJoin(cycles, eq(cycles.id, ideas.cycleId))
			.innerJoin(place, eq(place.code, ideas.regionCode))
			.leftJoin(kec, eq(kec.code, ideas.kecamatanCode))
			.innerJoin(users, eq(users.id, ideas.authorId))
			.leftJoin(authorDesa, eq(authorDesa.code, users.desaCode))
			.where(
				and(
					// Public now: published, or merged into another (both are listed at /aspirasi).
					inArray(ideas.status, ['terbit', 'digabung']),
					cycle ? eq(ideas.cycleId, cycle.id) : undefined,
					gt(ideas.id, after)
				)
			)
			.orderBy(asc(ideas.id))
			.limit(limit)
			.all();
	type Row = ReturnType<typeof page>[number];
	const columns: CsvColumn<Row>[] = [
		{ header: 'id', value: (r) => r.id },
		{ header: 'siklus_id', value: (r) => r.cycleId },
		{ header: 'siklus', value: (r) => r.cycle },
		{ header: 'judul', value: (r) => r.title },
		{ header: 'isi', value: (r) => r.body },
		{ header: 'klaster', value: (r) => r.cluster },
		{ header: 'klaster_nama', value: (r) => CLUSTER_NAMES[r.cluster] },
		{ header: 'tingkat', value: (r) => r.level },
		{ header: 'wilayah_kode', value: (r) => r.placeCode },
		{ header: 'wilayah', value: (r) => r.place },
		{ header: 'kecamatan_kode', value: (r) => r.kecamatanCode },
		{ header: 'kecamatan', value: (r) => r.kecamatan },
		{ header: 'desa_penulis', value: (r) => r.authorDesa },
		{ header: 'ide_kelompok', value: (r) => r.isGroup },
		{ header: 'forum_anak', value: (r) => r.forum },
		{
			header: 'anak_dalam_kelompok',
			value: (r) => (r.groupSize === null ? null : safeText(safe(r.groupSize)))
		},
		{ header: 'dukungan', value: (r) => r.votes },
		{ header: 'status', value: (r) => r.status },
		{ header: 'digabung_ke', value: (r) => r.mergedInto },
		{ header: 'diterbitkan', value: (r) => r.publishedAt }
	];
	return { columns, rows: paged(page) };
}

function tickets(db: Db, cycle?: Cycle) {
	const page = (after: number, limit: number) =>
		db
			.select({
				id: proposals.id,
				cycleId: proposals.cycleId,
				cycle: cycles.name,
				ideaId: proposals.ideaId,
				source: proposals.source,
				votes: proposals.votes,
				priority: proposals.priority,
				title: proposals.title,
				problem: proposals.problem,
				activity: proposals.activity,
				cluster: proposals.cluster,
				kecamatanCode: proposals.kecamatanCode,
				kecamatan: kec.name,
				desaCode: proposals.desaCode,
				desa: desa.name,
				opd: opds.name,
				cost: proposals.cost,
				status: proposals.status,
				programName: proposals.programName,
				planYear: proposals.planYear,
				amount: proposals.amount,
				reason: proposals.reason,
				deferredToYear: proposals.deferredToYear,
				submittedAt: proposals.submittedAt,
				answeredAt: proposals.answeredAt,
				deadline: cycles.reviewDeadlineAt,
				realisedAt: proposals.realisedAt,
				realisationNote: proposals.realisationNote
			})
			.from(proposals)
			.innerJoin(cycles, eq(cycles.id, proposals.cycleId))
			.leftJoin(kec, eq(kec.code, proposals.kecamatanCode))
			.leftJoin(desa, eq(desa.code, proposals.desaCode))
			.leftJoin(opds, eq(opds.id, proposals.opdId))
			.where(and(cycle ? eq(proposals.cycleId, cycle.id) : undefined, gt(proposals.id, after)))
			.orderBy(asc(proposals.id))
			.limit(limit)
			.all();
	type Row = ReturnType<typeof page>[number];
	const columns: CsvColumn<Row>[] = [
		{ header: 'id', value: (r) => r.id },
		{ header: 'siklus_id', value: (r) => r.cycleId },
		{ header: 'siklus', value: (r) => r.cycle },
		{ header: 'aspirasi_id', value: (r) => r.ideaId },
		{ header: 'jalur', value: (r) => r.source },
		{ header: 'dukungan', value: (r) => r.votes },
		{ header: 'prioritas', value: (r) => r.priority },
		{ header: 'judul', value: (r) => r.title },
		{ header: 'masalah', value: (r) => r.problem },
		{ header: 'kegiatan', value: (r) => r.activity },
		{ header: 'klaster', value: (r) => r.cluster },
		{ header: 'kecamatan_kode', value: (r) => r.kecamatanCode },
		{ header: 'kecamatan', value: (r) => r.kecamatan },
		{ header: 'desa_kode', value: (r) => r.desaCode },
		{ header: 'desa', value: (r) => r.desa },
		{ header: 'opd', value: (r) => r.opd },
		{ header: 'perkiraan_biaya', value: (r) => r.cost },
		{ header: 'status', value: (r) => r.status },
		{ header: 'program', value: (r) => r.programName },
		{ header: 'tahun_anggaran', value: (r) => r.planYear },
		{ header: 'anggaran', value: (r) => r.amount },
		{ header: 'alasan', value: (r) => r.reason },
		{ header: 'ditunda_ke_tahun', value: (r) => r.deferredToYear },
		{ header: 'diajukan', value: (r) => r.submittedAt },
		{ header: 'dijawab', value: (r) => r.answeredAt },
		{ header: 'batas_jawab', value: (r) => r.deadline },
		{ header: 'direalisasikan', value: (r) => r.realisedAt },
		{ header: 'catatan_realisasi', value: (r) => r.realisationNote }
	];
	return { columns, rows: paged(page) };
}

const SETS = {
	aspirasi: aspirations,
	'tiket-emas': tickets,
	fasilitas: facilityList,
	audit: auditList,
	temuan: findingList
} as const;

/** Columns and a lazily read row stream for one record set; rows are read only while streaming. */
export function recordSet(db: Db, name: RecordSet, cycle?: Cycle) {
	const set = SETS[name](db, cycle) as { columns: CsvColumn<unknown>[]; rows: Iterable<unknown> };
	return set;
}

/** The column names of every record set, for the data dictionary. */
export function recordColumns(db: Db): Record<RecordSet, string[]> {
	return Object.fromEntries(
		RECORD_SETS.map((name) => [name, SETS[name](db).columns.map((c) => c.header)])
	) as Record<RecordSet, string[]>;
}
