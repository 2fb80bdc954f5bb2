import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { SIPD_COLUMNS, sipdColumns, toXlsx, type ExportLabels, type ExportRow } from './proposals';

const labels: ExportLabels = {
	headers: Object.fromEntries(SIPD_COLUMNS.map((k) => [k, k.toUpperCase()])) as ExportLabels['headers'],
	cluster: (n) => `Klaster ${n}`,
	source: (r) => `Musrenbang Anak #${r.ideaId} (${r.votes})`,
	beneficiaries: (n, ages) => (n ? `${n} anak${ages ? `, ${ages} tahun` : ''}` : ''),
	kabupaten: 'Kabupaten Bengkayang'
};

const row: ExportRow = {
	priority: 1,
	title: 'Lampu jalan',
	activity: 'Pemasangan lampu jalan tenaga surya',
	desaName: 'Sungai Duri',
	kecamatanName: 'Sungai Raya',
	locationNote: 'depan SDN 3',
	volume: 10,
	unit: 'titik',
	opdName: 'Dinas Perhubungan',
	cost: 75_000_000,
	cluster: 4,
	beneficiaries: 120,
	beneficiaryAges: '6–12',
	source: 'kecamatan',
	ideaId: 12,
	votes: 14
};
const kabupatenWide: ExportRow = {
	...row,
	priority: 2,
	activity: '=HYPERLINK("http://x")',
	desaName: null,
	kecamatanName: null,
	locationNote: null,
	opdName: null,
	cost: null,
	volume: null,
	unit: null
};

describe('SIPD export columns', () => {
	const columns = sipdColumns(labels);

	it('come in the order the SIPD operator types them', () => {
		expect(columns.map((c) => c.header)).toEqual([
			'PRIORITY',
			'ACTIVITY',
			'LOCATION',
			'VOLUME',
			'UNIT',
			'OPD',
			'COST',
			'CLUSTER',
			'BENEFICIARIES',
			'SOURCE'
		]);
		expect(columns.map((c) => c.value(row))).toEqual([
			1,
			'Pemasangan lampu jalan tenaga surya',
			'Sungai Duri, Sungai Raya (depan SDN 3)',
			10,
			'titik',
			'Dinas Perhubungan',
			75_000_000,
			'Klaster 4',
			'120 anak, 6–12 tahun',
			'Musrenbang Anak #12 (14)'
		]);
	});

	it('name the kabupaten for an idea about the whole kabupaten', () => {
		expect(columns[2]!.value(kabupatenWide)).toBe('Kabupaten Bengkayang');
	});

	it('make a CSV with the shared writer (formula guard included)', () => {
		const csv = toCsv(columns, [row, kabupatenWide]);
		expect(csv.split('\r\n')[0]).toBe(
			'\uFEFFPRIORITY,ACTIVITY,LOCATION,VOLUME,UNIT,OPD,COST,CLUSTER,BENEFICIARIES,SOURCE'
		);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
	});

	it('make a workbook with the same rows, numbers as numbers and text never run as a formula', async () => {
		const bytes = await toXlsx(columns, [row, kabupatenWide], {
			sheet: 'Musrenbang Anak 2027: RKPD [2028]',
			title: 'x'
		});
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
		const sheet = book.worksheets[0]!;
		expect(sheet.name).toBe('Musrenbang Anak 2027 RKPD 2028');
		expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
		expect(sheet.getRow(2).getCell(7).value).toBe(75_000_000);
		expect(sheet.getRow(2).getCell(3).value).toBe('Sungai Duri, Sungai Raya (depan SDN 3)');
		expect(sheet.getRow(3).getCell(2).value).toBe('=HYPERLINK("http://x")');
		expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
		expect(sheet.rowCount).toBe(3);
	});
});
