// CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads Indonesian text right),
// CRLF line ends, every field quoted when it holds a separator, quote or line break.
// Cells starting with = + - @ are prefixed with ' so a spreadsheet never runs them as formulas.

export type CsvValue = string | number | boolean | Date | null | undefined;

export interface CsvColumn<T> {
	header: string;
	value: (row: T) => CsvValue;
}

const BOM = '\uFEFF';
const FORMULA = /^[=+\-@\t\r]/;

function cell(v: CsvValue): string {
	if (v === null || v === undefined) return '';
	let s: string;
	if (v instanceof Date) s = v.toISOString();
	else if (typeof v === 'number') s = Number.isFinite(v) ? String(v) : '';
	else if (typeof v === 'boolean') s = v ? 'true' : 'false';
	else s = FORMULA.test(v) ? `'${v}` : v;
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One line of the file (without its line end): the headers, or a row's values. */
export function csvLine<T>(columns: readonly CsvColumn<T>[], row?: T): string {
	return columns.map((c) => cell(row === undefined ? c.header : c.value(row))).join(',');
}

/** The file in pieces, BOM and header first, for streaming a large download. */
export function* csvChunks<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): Generator<string> {
	yield BOM + csvLine(columns) + '\r\n';
	for (const row of rows) yield csvLine(columns, row) + '\r\n';
}

/** The whole file as one string, header first. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): string {
	return [...csvChunks(columns, rows)].join('');
}

/** Headers for a download: the right type and a file name that survives non-ASCII titles. */
export function csvHeaders(fileName: string): Record<string, string> {
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
		'x-content-type-options': 'nosniff'
	};
}
