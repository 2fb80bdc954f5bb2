import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, regions as regionsTable } from '../db/schema';
import * as regions from './index';

const { db, cleanup } = createTestDb();
beforeAll(() => regions.ensureShipped(db));
afterAll(cleanup);

const SHIPPED = { provinsi: 1, kabupaten: 1, kecamatan: 17, desa: 121, kelurahan: 2 };
const HEADER = 'code,name,level,parent_code';
const nameOf = (code: string) =>
	db.select().from(regionsTable).where(eq(regionsTable.code, code)).get()?.name;
const importCount = () =>
	db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'regions.import')).get()?.n;
const snapshot = () => db.select().from(regionsTable).orderBy(regionsTable.code).all();

describe('shipped regions', () => {
	it('loads Bengkayang: 17 kecamatan, 121 desa, 2 kelurahan', () => {
		expect(regions.counts(db)).toEqual(SHIPPED);
	});

	it('loads only into an empty table, so a second call changes nothing', () => {
		const before = importCount();
		regions.ensureShipped(db);
		expect(regions.counts(db)).toEqual(SHIPPED);
		expect(importCount()).toBe(before);
	});

	it('logs the first load as an import by nobody', () => {
		const row = db.select().from(auditLog).where(eq(auditLog.action, 'regions.import')).get();
		expect(row).toMatchObject({
			actorId: null,
			targetType: 'regions',
			details: { file: 'regions-bengkayang.csv', rows: 142 }
		});
	});

	it('groups every desa and kelurahan under its kecamatan', () => {
		const list = regions.kecamatanWithDesa(db);
		expect(list).toHaveLength(17);
		expect(list.reduce((n, k) => n + k.desa.length, 0)).toBe(123);
		const bengkayang = list.find((k) => k.code === '61.07.04');
		expect(bengkayang?.desa.filter((d) => d.level === 'kelurahan').map((d) => d.name)).toEqual([
			'Bumi Emas',
			'Sebalo'
		]);
		expect(list.map((k) => k.name)).toEqual([...list.map((k) => k.name)].sort((a, b) => (a < b ? -1 : 1)));
	});

	it.each([
		[
			'61.07.01.2001',
			{ code: '61.07.01.2001', name: 'Sungai Duri', kecamatanCode: '61.07.01', kecamatanName: 'Sungai Raya' }
		],
		[
			'61.07.04.1001',
			{ code: '61.07.04.1001', name: 'Bumi Emas', kecamatanCode: '61.07.04', kecamatanName: 'Bengkayang' }
		],
		['61.07.01', undefined],
		['61.07', undefined],
		['99.99.99.2999', undefined]
	])('getVillage(%s) finds only desa and kelurahan', (code, expected) => {
		expect(regions.getVillage(db, code)).toEqual(expected);
	});

	it('maps every code to its level', () => {
		const levels = regions.levelsByCode(db);
		expect(levels.size).toBe(142);
		expect([levels.get('61'), levels.get('61.07.04'), levels.get('61.07.04.1010')]).toEqual([
			'provinsi',
			'kecamatan',
			'kelurahan'
		]);
	});
});

describe("the idea list's place filter", () => {
	it.each([
		[
			'keeps a desa inside the chosen kecamatan',
			{ kecamatan: '61.07.01', desa: '61.07.01.2001' },
			{ kecamatan: '61.07.01', desa: '61.07.01.2001' }
		],
		[
			'drops a desa of another kecamatan: the kecamatan decides',
			{ kecamatan: '61.07.04', desa: '61.07.01.2001' },
			{ kecamatan: '61.07.04' }
		],
		[
			'drops a code that is no desa at all',
			{ kecamatan: '61.07.04', desa: 'xyz' },
			{ kecamatan: '61.07.04' }
		],
		['keeps a desa alone', { desa: '61.07.01.2001' }, { desa: '61.07.01.2001' }],
		['keeps a kecamatan alone', { kecamatan: '61.07.04' }, { kecamatan: '61.07.04' }],
		['keeps no filter', {}, {}]
	])('%s', (_, filter, expected) => {
		expect(regions.placeFilter(db, filter)).toEqual(expected);
	});
});

describe('importing a regions CSV', () => {
	it('previews and then applies new codes and renames, logging who did it', () => {
		const text = [
			HEADER,
			'61.07.01,Sungai Raya Kepulauan,kecamatan,61.07',
			'61.07.01.2001,Sungai Duri,desa,61.07.01',
			'61.07.01.2099,"Desa Baru, Pesisir",desa,61.07.01'
		].join('\n');
		const parsed = regions.parseRegionsCsv(text, regions.levelsByCode(db));
		expect(parsed.errors).toEqual([]);
		expect(regions.previewImport(db, parsed)).toEqual({ added: 1, changed: 1, unchanged: 1 });
		const pickerBefore = regions.kecamatanWithDesa(db).find((k) => k.code === '61.07.01');
		expect(pickerBefore?.desa.some((d) => d.code === '61.07.01.2099')).toBe(false);

		expect(regions.applyImport(db, null, parsed.rows, 'perubahan.csv')).toBe(3);
		// The pickers' list (kept between requests) shows the import at once.
		const picker = regions.kecamatanWithDesa(db).find((k) => k.code === '61.07.01');
		expect(picker?.name).toBe('Sungai Raya Kepulauan');
		expect(picker?.desa.some((d) => d.code === '61.07.01.2099')).toBe(true);
		expect(nameOf('61.07.01')).toBe('Sungai Raya Kepulauan');
		expect(nameOf('61.07.01.2099')).toBe('Desa Baru, Pesisir');
		expect(regions.counts(db)).toEqual({ ...SHIPPED, desa: 122 });
		expect(regions.getVillage(db, '61.07.01.2099')?.kecamatanName).toBe('Sungai Raya Kepulauan');
		const log = db.select().from(auditLog).where(eq(auditLog.action, 'regions.import')).all().at(-1);
		expect(log?.details).toEqual({ file: 'perubahan.csv', rows: 3 });
	});

	it('re-importing the shipped file renames codes back and keeps regions missing from it', () => {
		const parsed = regions.parseRegionsCsv(
			[HEADER, '61.07.01,Sungai Raya,kecamatan,61.07'].join('\n'),
			regions.levelsByCode(db)
		);
		regions.applyImport(db, null, parsed.rows, 'kembali.csv');
		expect(nameOf('61.07.01')).toBe('Sungai Raya');
		expect(nameOf('61.07.01.2099')).toBe('Desa Baru, Pesisir');
	});

	it('writes parents before children whatever the row order', () => {
		const rows: regions.RegionRow[] = [
			{ code: '61.07.18.2001', name: 'Desa Anak', level: 'desa', parentCode: '61.07.18' },
			{ code: '61.07.18', name: 'Kecamatan Baru', level: 'kecamatan', parentCode: '61.07' }
		];
		regions.applyImport(db, null, rows, 'urutan.csv');
		expect(regions.getVillage(db, '61.07.18.2001')?.kecamatanName).toBe('Kecamatan Baru');
	});

	it('leaves the table and the log as before when a row fails mid-way', () => {
		const before = snapshot();
		const logs = importCount();
		const rows: regions.RegionRow[] = [
			{ code: '61.07.02', name: 'Samalantan Berubah', level: 'kecamatan', parentCode: '61.07' },
			{ code: '61.07.02.2099', name: 'Desa Baik', level: 'desa', parentCode: '61.07.02' },
			{ code: '61.07.77.2001', name: 'Tanpa Induk', level: 'desa', parentCode: '61.07.77' }
		];
		expect(() => regions.applyImport(db, null, rows, 'rusak.csv')).toThrow(/FOREIGN KEY/);
		expect(snapshot()).toEqual(before);
		expect(importCount()).toBe(logs);
	});

	it('gives no rows to import when one row is bad, checked against the database’s levels', () => {
		const parsed = regions.parseRegionsCsv(
			[HEADER, '61.07.01.2100,Desa Baik,desa,61.07.01', '61.07.01.1100,Salah Kode,desa,61.07.01'].join('\n'),
			regions.levelsByCode(db)
		);
		expect(parsed.rows).toEqual([]);
		expect(parsed.errors.map((e) => e.problem)).toEqual(['code']);
		expect(regions.previewImport(db, parsed)).toEqual({ added: 0, changed: 0, unchanged: 0 });
	});
});
