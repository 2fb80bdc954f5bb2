import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv, type CsvColumn } from './csv';

interface Row {
	name: string;
	n: number | null;
}
const cols: CsvColumn<Row>[] = [
	{ header: 'Nama', value: (r) => r.name },
	{ header: 'Jumlah', value: (r) => r.n }
];

describe('toCsv', () => {
	it('starts with a byte-order mark and ends lines with CRLF', () => {
		const out = toCsv(cols, [{ name: 'Sungai Betung', n: 3 }]);
		expect(out).toBe('\uFEFFNama,Jumlah\r\nSungai Betung,3\r\n');
	});

	it.each([
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
		['-5', "'-5"],
		['Taman Bermain Ramah Anak – Désa Ñ', 'Taman Bermain Ramah Anak – Désa Ñ']
	])('writes %j as %j', (input, expected) => {
		const out = toCsv([{ header: 'x', value: (r: { v: string }) => r.v }], [{ v: input }]);
		expect(out.split('\r\n')[1]).toBe(expected);
	});

	it('leaves empty values empty and keeps negative numbers as numbers', () => {
		const out = toCsv(cols, [
			{ name: 'x', n: null },
			{ name: 'y', n: -2 }
		]);
		expect(out).toContain('x,\r\ny,-2\r\n');
	});
});

describe('csvChunks', () => {
	it('streams the same bytes as toCsv, one line per chunk', () => {
		const rows = [
			{ name: 'Sungai Betung, "Hulu"', n: 3 },
			{ name: 'Désa Ñ', n: null }
		];
		const chunks = [...csvChunks(cols, rows)];
		expect(chunks).toHaveLength(3);
		expect(chunks.join('')).toBe(toCsv(cols, rows));
		expect(chunks[0]?.startsWith('\uFEFF')).toBe(true);
	});
});
