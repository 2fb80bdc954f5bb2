// Open data files as streamed responses: CSV (UTF-8 with BOM, for spreadsheets) or JSON (the same values
// under the same column names, with the licence). Rows are produced page by page, so a large file never
// sits in memory whole.
import { csvChunks, csvHeaders, type CsvColumn, type CsvValue } from './csv';

export const FORMATS = ['csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];
export const LICENCE = 'CC BY 4.0';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/deed.id';

export function isFormat(s: string): s is Format {
	return (FORMATS as readonly string[]).includes(s);
}

function jsonValue(v: CsvValue): string | number | boolean | null {
	if (v === undefined || v === null) return null;
	if (v instanceof Date) return v.toISOString();
	if (typeof v === 'number' && !Number.isFinite(v)) return null;
	return v;
}

export interface JsonMeta {
	/** The data set's name, e.g. "aspirasi". */
	dataset: string;
	source: string;
	generatedAt: Date;
	filter: Record<string, string | number | null>;
}

export function* jsonChunks<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>, meta: JsonMeta) {
	const head = {
		dataset: meta.dataset,
		sumber: meta.source,
		lisensi: LICENCE,
		lisensi_url: LICENCE_URL,
		dibuat: meta.generatedAt.toISOString(),
		filter: meta.filter,
		kolom: columns.map((c) => c.header)
	};
	yield JSON.stringify(head).slice(0, -1) + ',"data":[';
	let first = true;
	for (const row of rows) {
		const obj = Object.fromEntries(columns.map((c) => [c.header, jsonValue(c.value(row))]));
		yield (first ? '\n' : ',\n') + JSON.stringify(obj);
		first = false;
	}
	yield '\n]}\n';
}

function stream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		pull(controller) {
			// A few hundred lines per pull keeps memory flat without a round trip per line.
			let text = '';
			for (let i = 0; i < 500; i++) {
				const next = chunks.next();
				if (next.done) {
					if (text) controller.enqueue(encoder.encode(text));
					controller.close();
					return;
				}
				text += next.value;
			}
			controller.enqueue(encoder.encode(text));
		}
	});
}

// Public data only, the same for everyone: proxies and browsers may keep it for a few minutes.
const CACHE = { 'cache-control': 'public, max-age=300' };

/** The download as a Response with the right type and a file name. */
export function download<T>(
	format: Format,
	fileBase: string,
	columns: readonly CsvColumn<T>[],
	rows: Iterable<T>,
	meta: Omit<JsonMeta, 'dataset'>
): Response {
	if (format === 'csv')
		return new Response(stream(csvChunks(columns, rows)), {
			headers: { ...csvHeaders(`${fileBase}.csv`), ...CACHE }
		});
	return new Response(stream(jsonChunks(columns, rows, { ...meta, dataset: fileBase })), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${fileBase.replace(/[^\w.-]/g, '_')}.json"`,
			'x-content-type-options': 'nosniff',
			...CACHE
		}
	});
}

/** Reads a table page by page (by ascending id), so a large export streams. */
export function* paged<T extends { id: number }>(page: (afterId: number, limit: number) => T[], size = 1000) {
	let after = 0;
	for (;;) {
		const rows = page(after, size);
		yield* rows;
		const last = rows.at(-1);
		if (!last || rows.length < size) return;
		after = last.id;
	}
}
