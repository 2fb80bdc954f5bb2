// The data dictionary of the open data files: what each column holds, in the reader's language.
import { m } from '$lib/paraglide/messages';

const COLUMNS: Record<string, () => string> = {
	id: m.dash_dd_id,
	siklus_id: m.dash_dd_siklus_id,
	siklus: m.dash_dd_siklus,
	judul: m.dash_dd_judul,
	isi: m.dash_dd_isi,
	klaster: m.dash_dd_klaster,
	klaster_nama: m.dash_dd_klaster_nama,
	tingkat: m.dash_dd_tingkat,
	wilayah_kode: m.dash_dd_wilayah_kode,
	wilayah: m.dash_dd_wilayah,
	kecamatan_kode: m.dash_dd_kecamatan_kode,
	kecamatan: m.dash_dd_kecamatan,
	desa_penulis: m.dash_dd_desa_penulis,
	ide_kelompok: m.dash_dd_ide_kelompok,
	forum_anak: m.dash_dd_forum_anak,
	anak_dalam_kelompok: m.dash_dd_anak_dalam_kelompok,
	dukungan: m.dash_dd_dukungan,
	status: m.dash_dd_status,
	digabung_ke: m.dash_dd_digabung_ke,
	diterbitkan: m.dash_dd_diterbitkan,
	aspirasi_id: m.dash_dd_aspirasi_id,
	jalur: m.dash_dd_jalur,
	prioritas: m.dash_dd_prioritas,
	masalah: m.dash_dd_masalah,
	kegiatan: m.dash_dd_kegiatan,
	desa_kode: m.dash_dd_desa_kode,
	desa: m.dash_dd_desa,
	opd: m.dash_dd_opd,
	perkiraan_biaya: m.dash_dd_perkiraan_biaya,
	program: m.dash_dd_program,
	tahun_anggaran: m.dash_dd_tahun_anggaran,
	anggaran: m.dash_dd_anggaran,
	alasan: m.dash_dd_alasan,
	ditunda_ke_tahun: m.dash_dd_ditunda_ke_tahun,
	diajukan: m.dash_dd_diajukan,
	dijawab: m.dash_dd_dijawab,
	batas_jawab: m.dash_dd_batas_jawab,
	direalisasikan: m.dash_dd_direalisasikan,
	catatan_realisasi: m.dash_dd_catatan_realisasi,
	jenis: m.dash_dd_jenis,
	nama: m.dash_dd_nama,
	alamat: m.dash_dd_alamat,
	audit_terakhir_id: m.dash_dd_audit_terakhir_id,
	tanggal_audit: m.dash_dd_tanggal_audit,
	skor_persen: m.dash_dd_skor_persen,
	fasilitas_id: m.dash_dd_fasilitas_id,
	fasilitas: m.dash_dd_fasilitas,
	tim: m.dash_dd_tim,
	versi_daftar_periksa: m.dash_dd_versi_daftar_periksa,
	skor_bagian: m.dash_dd_skor_bagian,
	audit_id: m.dash_dd_audit_id,
	butir: m.dash_dd_butir,
	butir_kunci: m.dash_dd_butir_kunci,
	catatan: m.dash_dd_catatan,
	rencana: m.dash_dd_rencana,
	target: m.dash_dd_target,
	diperbaiki: m.dash_dd_diperbaiki,
	catatan_perbaikan: m.dash_dd_catatan_perbaikan,
	tepat_waktu: m.dash_dd_tepat_waktu
};

/** Where a column means something particular in one data set. */
const IN_SET: Record<string, () => string> = {
	'aspirasi/status': m.dash_dd_aspirasi_status,
	'tiket-emas/status': m.dash_dd_tiket_status,
	'temuan/status': m.dash_dd_temuan_status
};

export const columnText = (set: string, column: string) =>
	(IN_SET[`${set}/${column}`] ?? COLUMNS[column] ?? (() => ''))();

const SETS: Record<string, [() => string, () => string]> = {
	aspirasi: [m.dash_set_aspirasi, m.dash_set_aspirasi_text],
	'tiket-emas': [m.dash_set_tiket, m.dash_set_tiket_text],
	fasilitas: [m.dash_set_fasilitas, m.dash_set_fasilitas_text],
	audit: [m.dash_set_audit, m.dash_set_audit_text],
	temuan: [m.dash_set_temuan, m.dash_set_temuan_text]
};
export const setTitle = (set: string) => (SETS[set]?.[0] ?? (() => set))();
export const setText = (set: string) => (SETS[set]?.[1] ?? (() => ''))();

const STATS: Record<string, () => string> = {
	'partisipasi-kecamatan': m.dash_stat_partisipasi_kecamatan,
	'partisipasi-desa': m.dash_stat_partisipasi_desa,
	'partisipasi-umur': m.dash_stat_partisipasi_umur,
	'partisipasi-gender': m.dash_stat_partisipasi_gender,
	'partisipasi-verifikasi': m.dash_stat_partisipasi_verifikasi,
	'aspirasi-klaster': m.dash_stat_aspirasi_klaster,
	alur: m.dash_stat_alur,
	jawaban: m.dash_stat_jawaban,
	kecamatan: m.dash_stat_kecamatan,
	'temuan-ringkas': m.dash_stat_temuan_ringkas,
	'tren-bulan': m.dash_stat_tren_bulan,
	'tren-siklus': m.dash_stat_tren_siklus
};
export const statText = (name: string) => (STATS[name] ?? (() => name))();
