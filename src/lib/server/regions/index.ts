import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { perDatabase, type Db } from '../db/client';
import { regions, type RegionLevel } from '../db/schema';
import { BENGKAYANG_REGIONS_CSV } from './bengkayang';
import { parseRegionsCsv, type ParsedCsv, type RegionRow } from './csv';

export { parseRegionsCsv, type ParsedCsv, type RegionRow } from './csv';

const VILLAGE_LEVELS: RegionLevel[] = ['desa', 'kelurahan'];

export interface KecamatanWithDesa {
	code: string;
	name: string;
	desa: { code: string; name: string; level: RegionLevel }[];
}

// The pickers' list is on every list and form page and changes only with an import (below), which
// forgets it: kept per database rather than read and grouped for every request.
const pickers = perDatabase(readKecamatanWithDesa);

/** Every kecamatan with its desa and kelurahan, for pickers: two queries, grouped in memory. */
export function kecamatanWithDesa(db: Db): KecamatanWithDesa[] {
	return pickers(db);
}

function readKecamatanWithDesa(db: Db): KecamatanWithDesa[] {
	const kecamatan = db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(eq(regions.level, 'kecamatan'))
		.orderBy(asc(regions.name))
		.all();
	const villages = db
		.select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
		.from(regions)
		.where(inArray(regions.level, VILLAGE_LEVELS))
		.orderBy(asc(regions.name))
		.all();
	const byParent = new Map<string, KecamatanWithDesa['desa']>();
	for (const v of villages) {
		const list = byParent.get(v.parentCode ?? '') ?? [];
		list.push({ code: v.code, name: v.name, level: v.level });
		byParent.set(v.parentCode ?? '', list);
	}
	return kecamatan.map((k) => ({ ...k, desa: byParent.get(k.code) ?? [] }));
}

/**
 * A place filter (idea list) as it can be used: a desa outside the chosen kecamatan is dropped, so the
 * kecamatan, the last and wider choice, decides (a list without JavaScript keeps an old desa when only
 * the kecamatan changes). Read from the pickers' list, so no query.
 */
export function placeFilter(
	db: Db,
	f: { kecamatan?: string; desa?: string }
): { kecamatan?: string; desa?: string } {
	if (!f.kecamatan || !f.desa) return f;
	const inside = kecamatanWithDesa(db)
		.find((k) => k.code === f.kecamatan)
		?.desa.some((d) => d.code === f.desa);
	return inside ? f : { kecamatan: f.kecamatan };
}

/** A desa or kelurahan with its kecamatan, or undefined when the code is not a village. */
export function getVillage(db: Db, code: string) {
	const desa = db
		.select()
		.from(regions)
		.where(and(eq(regions.code, code), inArray(regions.level, VILLAGE_LEVELS)))
		.get();
	if (!desa) return undefined;
	const kecamatan = desa.parentCode
		? db.select().from(regions).where(eq(regions.code, desa.parentCode)).get()
		: undefined;
	return {
		code: desa.code,
		name: desa.name,
		kecamatanCode: kecamatan?.code ?? null,
		kecamatanName: kecamatan?.name ?? null
	};
}

/** The kabupaten the portal serves (the one region of that level). */
export function kabupaten(db: Db) {
	return db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(eq(regions.level, 'kabupaten'))
		.get();
}

export function levelsByCode(db: Db): Map<string, RegionLevel> {
	const rows = db.select({ code: regions.code, level: regions.level }).from(regions).all();
	return new Map(rows.map((r) => [r.code, r.level]));
}

export function counts(db: Db): Record<RegionLevel, number> {
	const rows = db
		.select({ level: regions.level, n: sql<number>`count(*)` })
		.from(regions)
		.groupBy(regions.level)
		.all();
	const out = { provinsi: 0, kabupaten: 0, kecamatan: 0, desa: 0, kelurahan: 0 };
	for (const r of rows) out[r.level] = r.n;
	return out;
}

/** What an import would do: which codes are new and which change name or parent. */
export function previewImport(db: Db, parsed: ParsedCsv) {
	const existing = new Map(
		db
			.select()
			.from(regions)
			.all()
			.map((r) => [r.code, r])
	);
	let added = 0;
	let changed = 0;
	for (const row of parsed.rows) {
		const old = existing.get(row.code);
		if (!old) added++;
		else if (old.name !== row.name || old.parentCode !== row.parentCode || old.level !== row.level) changed++;
	}
	return { added, changed, unchanged: parsed.rows.length - added - changed };
}

/**
 * Writes the rows in one transaction, parents first: new codes are added, known codes renamed.
 * Regions missing from the file stay, since accounts and ideas may point at them.
 */
export function applyImport(db: Db, actorId: string | null, rows: RegionRow[], fileName: string) {
	const order: RegionLevel[] = ['provinsi', 'kabupaten', 'kecamatan', 'desa', 'kelurahan'];
	const sorted = [...rows].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
	pickers.forget(db);
	return db.transaction((tx) => {
		for (const row of sorted) {
			tx.insert(regions)
				.values(row)
				.onConflictDoUpdate({
					target: regions.code,
					set: { name: row.name, level: row.level, parentCode: row.parentCode }
				})
				.run();
		}
		auditLog.record(tx, {
			actorId,
			action: 'regions.import',
			targetType: 'regions',
			details: { file: fileName, rows: rows.length }
		});
		return rows.length;
	});
}

/** Loads the pilot kabupaten into an empty regions table (first start, demo, tests). */
export function ensureShipped(db: Db): void {
	const any = db.select({ code: regions.code }).from(regions).limit(1).get();
	if (any) return;
	const parsed = parseRegionsCsv(BENGKAYANG_REGIONS_CSV);
	if (parsed.errors.length > 0 || parsed.fileError) throw new Error('The shipped regions CSV is invalid');
	applyImport(db, null, parsed.rows, 'regions-bengkayang.csv');
}
