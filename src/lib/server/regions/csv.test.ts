import { describe, expect, it } from 'vitest';
import type { RegionLevel } from '../db/schema';
import { BENGKAYANG_REGIONS_CSV } from './bengkayang';
import { parseRegionsCsv, splitCsvLine } from './csv';

const HEADER = 'code,name,level,parent_code';
const BASE = [
	'61,Kalimantan Barat,provinsi,',
	'61.07,Kabupaten Bengkayang,kabupaten,61',
	'61.07.01,Sungai Raya,kecamatan,61.07'
];
/** A file of the base rows (lines 2-4) followed by `extra` (from line 5). */
const file = (...extra: string[]) => [HEADER, ...BASE, ...extra].join('\n');

describe('parseRegionsCsv with good files', () => {
	it('accepts the shipped Bengkayang file: 17 kecamatan, 121 desa, 2 kelurahan', () => {
		const parsed = parseRegionsCsv(BENGKAYANG_REGIONS_CSV);
		expect(parsed.errors).toEqual([]);
		expect(parsed.fileError).toBeUndefined();
		const byLevel: Partial<Record<RegionLevel, number>> = {};
		for (const r of parsed.rows) byLevel[r.level] = (byLevel[r.level] ?? 0) + 1;
		expect(byLevel).toEqual({ provinsi: 1, kabupaten: 1, kecamatan: 17, desa: 121, kelurahan: 2 });
	});

	it('returns rows with a null parent for the provinsi', () => {
		const parsed = parseRegionsCsv(file('61.07.01.2001,Sungai Duri,desa,61.07.01'));
		expect(parsed.rows).toEqual([
			{ code: '61', name: 'Kalimantan Barat', level: 'provinsi', parentCode: null },
			{ code: '61.07', name: 'Kabupaten Bengkayang', level: 'kabupaten', parentCode: '61' },
			{ code: '61.07.01', name: 'Sungai Raya', level: 'kecamatan', parentCode: '61.07' },
			{ code: '61.07.01.2001', name: 'Sungai Duri', level: 'desa', parentCode: '61.07.01' }
		]);
	});

	it('keeps commas and doubled quotes inside quoted fields', () => {
		const parsed = parseRegionsCsv(file('61.07.01.2001,"Sungai Duri, ""Hilir""",desa,61.07.01'));
		expect(parsed.errors).toEqual([]);
		expect(parsed.rows.at(-1)?.name).toBe('Sungai Duri, "Hilir"');
	});

	it('reads a BOM, CRLF line ends, blank lines, semicolons, spaces and upper-case levels', () => {
		const text =
			'\uFEFF' +
			[HEADER.toUpperCase(), ...BASE, '', ' 61.07.04 ; Bengkayang ; KECAMATAN ; 61.07 ', ''].join('\r\n');
		const parsed = parseRegionsCsv(text);
		expect(parsed.errors).toEqual([]);
		expect(parsed.rows.at(-1)).toEqual({
			code: '61.07.04',
			name: 'Bengkayang',
			level: 'kecamatan',
			parentCode: '61.07'
		});
	});

	it('accepts parents that already exist in the database', () => {
		const existing = new Map<string, RegionLevel>([['61.07.01', 'kecamatan']]);
		const parsed = parseRegionsCsv([HEADER, '61.07.01.2001,Sungai Duri,desa,61.07.01'].join('\n'), existing);
		expect(parsed.errors).toEqual([]);
		expect(parsed.rows).toHaveLength(1);
	});
});

describe('parseRegionsCsv with bad files', () => {
	it.each([
		['empty', ''],
		['only blank lines', '\n  \n\r\n']
	])('reports an %s file', (_label, text) => {
		expect(parseRegionsCsv(text)).toEqual({ rows: [], errors: [], fileError: 'empty' });
	});

	it.each([
		['Indonesian names', 'kode,nama,tingkat,induk'],
		['columns out of order', 'name,code,level,parent_code'],
		['a missing column', 'code,name,level']
	])('reports a wrong header (%s)', (_label, header) => {
		expect(parseRegionsCsv([header, ...BASE].join('\n'))).toEqual({
			rows: [],
			errors: [],
			fileError: 'header'
		});
	});

	it.each([
		['too few columns', '61.07.02,Samalantan,kecamatan', 'columns'],
		['too many columns', '61.07.02,Samalantan,kecamatan,61.07,extra', 'columns'],
		['an unknown level', '61.07.02,Samalantan,kota,61.07', 'level'],
		['a desa code at kecamatan level', '61.07.02,Samalantan,desa,61.07', 'code'],
		['a kecamatan code at desa level', '61.07.01.2001,Sungai Duri,kecamatan,61.07.01', 'code'],
		['letters in the code', '61.07.0A,Samalantan,kecamatan,61.07', 'code'],
		['a desa number starting with 1', '61.07.01.1001,Sungai Duri,desa,61.07.01', 'code'],
		['a kelurahan number starting with 2', '61.07.01.2001,Sungai Duri,kelurahan,61.07.01', 'code'],
		['an empty name', '61.07.02,,kecamatan,61.07', 'name'],
		['a 101-character name', `61.07.02,${'n'.repeat(101)},kecamatan,61.07`, 'name'],
		['no parent', '61.07.01.2001,Sungai Duri,desa,', 'parent_missing'],
		['an unknown parent', '61.07.09.2001,Dharma Bhakti,desa,61.07.09', 'parent_missing'],
		['a parent of the wrong level', '61.07.01.2001,Sungai Duri,desa,61.07', 'parent_level'],
		['a code not under its parent', '61.07.02.2001,Samalantan,desa,61.07.01', 'code_prefix'],
		['a duplicate code', '61.07.01,Sungai Raya Lagi,kecamatan,61.07', 'duplicate']
	])('rejects the whole file for a row with %s', (_label, badRow, problem) => {
		const parsed = parseRegionsCsv(file('61.07.01.2004,Sungai Jaga A,desa,61.07.01', badRow));
		expect(parsed.rows).toEqual([]);
		expect(parsed.errors).toEqual([expect.objectContaining({ line: 6, problem })]);
	});

	it('reports every bad row, in line order', () => {
		const parsed = parseRegionsCsv(
			file('61.07.02.2001,Samalantan,desa,61.07.01', '61.07.03,Ledo,kota,61.07', '61.07.04,,kecamatan,61.07')
		);
		expect(parsed.rows).toEqual([]);
		expect(parsed.errors.map((e) => [e.line, e.problem])).toEqual([
			[5, 'code_prefix'],
			[6, 'level'],
			[7, 'name']
		]);
	});

	it('counts lines from the file start, blank lines included', () => {
		const parsed = parseRegionsCsv(['', HEADER, ...BASE, '', '61.07.02,Samalantan,kota,61.07'].join('\n'));
		expect(parsed.errors).toEqual([{ line: 7, problem: 'level', value: 'kota' }]);
	});

	// BUG: a provinsi row's parent_code is never checked, so it reaches the insert and fails there (FK).
	it('rejects a provinsi that names a parent', () => {
		const parsed = parseRegionsCsv([HEADER, '62,Kalimantan Tengah,provinsi,99'].join('\n'));
		expect(parsed.rows).toEqual([]);
		expect(parsed.errors).toHaveLength(1);
	});
});

describe('splitCsvLine', () => {
	it.each([
		['a,b,c', ['a', 'b', 'c']],
		['a;b;c', ['a', 'b', 'c']],
		[' a , b ', ['a', 'b']],
		['"a, b",c', ['a, b', 'c']],
		['"say ""hi""",x', ['say "hi"', 'x']],
		['a,,', ['a', '', '']],
		['', ['']]
	])('splits %j', (line, cells) => {
		expect(splitCsvLine(line)).toEqual(cells);
	});
});
