import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { opds } from '../db/schema';

/** The agencies that usually own child-related proposals; an admin screen may edit them later. */
export const DEFAULT_OPDS: { code: string; name: string }[] = [
	{ code: 'disdikbud', name: 'Dinas Pendidikan dan Kebudayaan' },
	{ code: 'dinkes', name: 'Dinas Kesehatan' },
	{ code: 'pupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
	{ code: 'perkim', name: 'Dinas Perumahan dan Kawasan Permukiman' },
	{ code: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
	{ code: 'dlh', name: 'Dinas Lingkungan Hidup' },
	{ code: 'dispora', name: 'Dinas Kepemudaan dan Olahraga' },
	{ code: 'dishub', name: 'Dinas Perhubungan' },
	{ code: 'diskominfo', name: 'Dinas Komunikasi dan Informatika' },
	{ code: 'dpmd', name: 'Dinas Pemberdayaan Masyarakat dan Desa' },
	{ code: 'dinsosppppa', name: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak' },
	{ code: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah' }
];

export function list(db: Db) {
	return db.select().from(opds).orderBy(asc(opds.name)).all();
}

export function getByCode(db: Db, code: string) {
	return db.select().from(opds).where(eq(opds.code, code)).get();
}

export function ensureShipped(db: Db): void {
	if (db.select({ id: opds.id }).from(opds).limit(1).get()) return;
	db.insert(opds).values(DEFAULT_OPDS).run();
}
