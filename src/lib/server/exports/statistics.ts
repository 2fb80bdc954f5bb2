// The dashboard's tables as downloads: built from the same protected figures as the page, so a number
// on the page is the number in the file ("< 5" and "*" included).
import { AGE_BANDS, GENDER_KEYS, VERIFIED_KEYS, type PublicDashboard, type SafeNumber } from '../dashboard';
import { safeText } from '../dashboard/safe';
import type { CsvColumn, CsvValue } from './csv';
import { CLUSTER_NAMES } from './open-data';

export const STAT_TABLES = [
	'partisipasi-kecamatan',
	'partisipasi-desa',
	'partisipasi-umur',
	'partisipasi-gender',
	'partisipasi-verifikasi',
	'aspirasi-klaster',
	'alur',
	'jawaban',
	'kecamatan',
	'temuan-ringkas',
	'tren-bulan',
	'tren-siklus'
] as const;
export type StatTable = (typeof STAT_TABLES)[number];

export function isStatTable(s: string): s is StatTable {
	return (STAT_TABLES as readonly string[]).includes(s);
}

type Row = Record<string, CsvValue>;
const n = (v: SafeNumber) => (typeof v === 'number' ? v : safeText(v));
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function table(headers: string[], rows: Row[]): { columns: CsvColumn<Row>[]; rows: Row[] } {
	return { columns: headers.map((h) => ({ header: h, value: (r: Row) => r[h] })), rows };
}

function breakdown<K extends string>(key: string, keys: readonly K[], values: Record<K, SafeNumber>) {
	return table(
		[key, 'anak'],
		keys.map((k) => ({ [key]: k, anak: n(values[k]) }))
	);
}

export function statTable(d: PublicDashboard, name: StatTable) {
	const p = d.participation;
	switch (name) {
		case 'partisipasi-kecamatan':
			return table(
				['kecamatan_kode', 'kecamatan', 'anak'],
				p.byKecamatan.map((k) => ({ kecamatan_kode: k.code, kecamatan: k.name, anak: n(k.n) }))
			);
		case 'partisipasi-desa':
			return table(
				['kecamatan_kode', 'desa_kode', 'desa', 'anak'],
				p.byDesa.map((x) => ({ kecamatan_kode: x.kecamatan, desa_kode: x.code, desa: x.name, anak: n(x.n) }))
			);
		case 'partisipasi-umur':
			return breakdown('kelompok_umur', AGE_BANDS, p.byBand);
		case 'partisipasi-gender':
			return breakdown('gender', GENDER_KEYS, p.byGender);
		case 'partisipasi-verifikasi':
			return breakdown('terverifikasi', VERIFIED_KEYS, p.byVerified);
		case 'aspirasi-klaster':
			return table(
				['klaster', 'klaster_nama', 'desa', 'kecamatan', 'kabupaten', 'jumlah'],
				d.clusters.map((c) => ({
					klaster: c.cluster,
					klaster_nama: CLUSTER_NAMES[c.cluster],
					...c.levels,
					jumlah: c.total
				}))
			);
		case 'alur': {
			const f = d.funnel;
			return table(
				['tahap', 'jumlah'],
				[
					{ tahap: 'masuk', jumlah: f.posted },
					{ tahap: 'terbit', jumlah: f.published },
					{ tahap: 'tiket_emas', jumlah: f.tickets },
					{ tahap: 'diterima', jumlah: f.accepted },
					{ tahap: 'direalisasikan', jumlah: f.realised },
					{ tahap: 'anggaran_diterima_rupiah', jumlah: f.amount }
				]
			);
		}
		case 'jawaban': {
			const a = d.answers;
			return table(
				['ukuran', 'nilai'],
				[
					{ ukuran: 'diajukan', nilai: a.submitted },
					{ ukuran: 'dijawab_tepat_waktu', nilai: a.onTime },
					{ ukuran: 'dijawab_terlambat', nilai: a.late },
					{ ukuran: 'terlambat_belum_dijawab', nilai: a.overdue },
					{ ukuran: 'menunggu', nilai: a.waiting },
					{ ukuran: 'median_hari_menjawab', nilai: a.medianDays }
				]
			);
		}
		case 'kecamatan':
			return table(
				[
					'kecamatan_kode',
					'kecamatan',
					'anak',
					'aspirasi_terbit',
					'tiket_emas',
					'diterima',
					'fasilitas',
					'diaudit',
					'skor_rata_persen'
				],
				d.kecamatanRows.map((k) => ({
					kecamatan_kode: k.code,
					kecamatan: k.name,
					anak: n(k.participants),
					aspirasi_terbit: k.published,
					tiket_emas: k.tickets,
					diterima: k.accepted,
					fasilitas: k.facilities,
					diaudit: k.audited,
					skor_rata_persen: pct(k.score)
				}))
			);
		case 'temuan-ringkas': {
			const f = d.findings;
			return table(
				['ukuran', 'jumlah'],
				[
					{ ukuran: 'temuan', jumlah: f.total },
					{ ukuran: 'terbuka', jumlah: f.open },
					{ ukuran: 'diperbaiki', jumlah: f.fixed },
					{ ukuran: 'diperbaiki_tepat_waktu', jumlah: f.fixedOnTime }
				]
			);
		}
		case 'tren-bulan':
			return table(
				['bulan', 'aspirasi_masuk', 'aspirasi_terbit', 'dukungan'],
				d.months.map((m) => ({
					bulan: m.month,
					aspirasi_masuk: m.posted,
					aspirasi_terbit: m.published,
					dukungan: m.votes
				}))
			);
		case 'tren-siklus':
			return table(
				[
					'siklus_id',
					'siklus',
					'tahun_rkpd',
					'anak',
					'aspirasi_masuk',
					'aspirasi_terbit',
					'tiket_emas',
					'diterima',
					'direalisasikan',
					'anggaran_diterima_rupiah'
				],
				d.cycles.map((c) => ({
					siklus_id: c.id,
					siklus: c.name,
					tahun_rkpd: c.planYear,
					anak: n(c.participants),
					aspirasi_masuk: c.posted,
					aspirasi_terbit: c.published,
					tiket_emas: c.tickets,
					diterima: c.accepted,
					direalisasikan: c.realised,
					anggaran_diterima_rupiah: c.amount
				}))
			);
	}
}
