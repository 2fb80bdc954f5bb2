// A cycle's proposals as the SIPD operator re-types them: one column list shared by the spreadsheet
// (.xlsx), the CSV and the printed list, in SIPD's order. Labels come from the caller, in its language.
import ExcelJS from 'exceljs';
import type { CsvColumn, CsvValue } from './csv';

export const SIPD_COLUMNS = [
	'priority',
	'activity',
	'location',
	'volume',
	'unit',
	'opd',
	'cost',
	'cluster',
	'beneficiaries',
	'source'
] as const;
export type SipdColumn = (typeof SIPD_COLUMNS)[number];

/** What one exported line needs; nothing about the child who wrote the idea. */
export interface ExportRow {
	priority: number;
	title: string;
	activity: string;
	desaName: string | null;
	kecamatanName: string | null;
	locationNote: string | null;
	volume: number | null;
	unit: string | null;
	opdName: string | null;
	cost: number | null;
	cluster: number;
	beneficiaries: number | null;
	beneficiaryAges: string | null;
	source: 'kecamatan' | 'kabupaten' | 'added';
	ideaId: number;
	votes: number;
}

export interface ExportLabels {
	headers: Record<SipdColumn, string>;
	cluster: (n: number) => string;
	/** "Musrenbang Anak · kecamatan slot · idea #12 · 14 votes", in the reader's language. */
	source: (row: ExportRow) => string;
	beneficiaries: (n: number | null, ages: string | null) => string;
	/** The whole kabupaten, for an idea with no desa or kecamatan. */
	kabupaten: string;
}

function location(row: ExportRow, kabupaten: string): string {
	const place = [row.desaName, row.kecamatanName].filter(Boolean).join(', ') || kabupaten;
	return row.locationNote ? `${place} (${row.locationNote})` : place;
}

/** The ten SIPD columns, in order. */
export function sipdColumns(labels: ExportLabels): CsvColumn<ExportRow>[] {
	const value: Record<SipdColumn, (r: ExportRow) => CsvValue> = {
		priority: (r) => r.priority,
		activity: (r) => r.activity,
		location: (r) => location(r, labels.kabupaten),
		volume: (r) => r.volume,
		unit: (r) => r.unit,
		opd: (r) => r.opdName,
		cost: (r) => r.cost,
		cluster: (r) => labels.cluster(r.cluster),
		beneficiaries: (r) => labels.beneficiaries(r.beneficiaries, r.beneficiaryAges),
		source: (r) => labels.source(r)
	};
	return SIPD_COLUMNS.map((key) => ({ header: labels.headers[key], value: value[key] }));
}

const WIDTHS: Record<string, number> = { activity: 48, location: 36, opd: 32, cluster: 28, source: 36 };

/** The same columns as a one-sheet workbook: header row first, numbers as numbers. */
export async function toXlsx(
	columns: readonly CsvColumn<ExportRow>[],
	rows: readonly ExportRow[],
	meta: { sheet: string; title: string }
): Promise<Uint8Array<ArrayBuffer>> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Suara Anak';
	book.title = meta.title;
	// Sheet names allow 31 characters and none of : \ / ? * [ ].
	const name = meta.sheet
		.replace(/[:\\/?*[\]]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const sheet = book.addWorksheet(name.slice(0, 31) || 'Usulan');
	sheet.columns = columns.map((c, i) => ({
		header: c.header,
		width: WIDTHS[SIPD_COLUMNS[i] ?? ''] ?? 14
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const row of rows)
		sheet.addRow(
			columns.map((c) => {
				const v = c.value(row);
				return v === undefined ? null : v;
			})
		);
	const cost = SIPD_COLUMNS.indexOf('cost') + 1;
	sheet.getColumn(cost).numFmt = '#,##0';
	// A Node Buffer at run time, typed by exceljs as an ArrayBuffer: copied into a plain byte array.
	return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Headers for the workbook download. */
export function xlsxHeaders(fileName: string): Record<string, string> {
	return {
		'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
		'x-content-type-options': 'nosniff'
	};
}
