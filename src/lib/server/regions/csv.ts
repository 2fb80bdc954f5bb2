// Parsing and checking a regions CSV (code,name,level,parent_code): pure, so every rule is unit tested.
import { REGION_LEVELS, type RegionLevel } from '../db/schema';

export interface RegionRow {
	code: string;
	name: string;
	level: RegionLevel;
	parentCode: string | null;
}

export type RowProblem =
	'columns' | 'code' | 'name' | 'level' | 'parent_missing' | 'parent_level' | 'code_prefix' | 'duplicate';

export interface RowError {
	line: number;
	problem: RowProblem;
	value: string;
}

export interface ParsedCsv {
	rows: RegionRow[];
	errors: RowError[];
	/** A problem with the file as a whole (empty, wrong header). */
	fileError?: 'empty' | 'header';
}

const HEADER = ['code', 'name', 'level', 'parent_code'];
const PARENT_LEVEL: Record<RegionLevel, RegionLevel[]> = {
	provinsi: [],
	kabupaten: ['provinsi'],
	kecamatan: ['kabupaten'],
	desa: ['kecamatan'],
	kelurahan: ['kecamatan']
};
const CODE_PARTS: Record<RegionLevel, number> = {
	provinsi: 1,
	kabupaten: 2,
	kecamatan: 3,
	desa: 4,
	kelurahan: 4
};
const MAX_NAME = 100;

/** Splits one CSV line, honouring double quotes ("a, b" and "" inside quotes). */
export function splitCsvLine(line: string): string[] {
	const out: string[] = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',' || ch === ';') {
			out.push(cur);
			cur = '';
		} else cur += ch;
	}
	out.push(cur);
	return out.map((v) => v.trim());
}

/**
 * Parses the file and checks every row: code shape per level, a known parent of the right level
 * (in the file or among `existing`), no duplicates. Rows come back only when there is no error at all.
 */
export function parseRegionsCsv(
	text: string,
	existing: ReadonlyMap<string, RegionLevel> = new Map()
): ParsedCsv {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const first = lines.findIndex((l) => l.trim() !== '');
	if (first === -1) return { rows: [], errors: [], fileError: 'empty' };
	const header = splitCsvLine(lines[first] ?? '').map((h) => h.toLowerCase());
	if (HEADER.some((h, i) => header[i] !== h)) return { rows: [], errors: [], fileError: 'header' };

	const rows: (RegionRow & { line: number })[] = [];
	const errors: RowError[] = [];
	const seen = new Map<string, RegionLevel>();

	for (let i = first + 1; i < lines.length; i++) {
		const raw = lines[i] ?? '';
		if (raw.trim() === '') continue;
		const line = i + 1;
		const cells = splitCsvLine(raw);
		if (cells.length !== 4) {
			errors.push({ line, problem: 'columns', value: raw.slice(0, 80) });
			continue;
		}
		const [code = '', name = '', levelRaw = '', parent = ''] = cells;
		const level = levelRaw.toLowerCase() as RegionLevel;
		if (!REGION_LEVELS.includes(level)) {
			errors.push({ line, problem: 'level', value: levelRaw });
			continue;
		}
		if (!/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(code) || code.split('.').length !== CODE_PARTS[level]) {
			errors.push({ line, problem: 'code', value: code });
			continue;
		}
		const village = code.split('.')[3];
		if (village && village[0] !== (level === 'kelurahan' ? '1' : '2')) {
			errors.push({ line, problem: 'code', value: code });
			continue;
		}
		if (name === '' || name.length > MAX_NAME) {
			errors.push({ line, problem: 'name', value: name.slice(0, 80) });
			continue;
		}
		if (seen.has(code)) {
			errors.push({ line, problem: 'duplicate', value: code });
			continue;
		}
		seen.set(code, level);
		rows.push({ line, code, name, level, parentCode: parent === '' ? null : parent });
	}

	for (const row of rows) {
		const allowed = PARENT_LEVEL[row.level];
		if (allowed.length === 0) {
			if (row.parentCode !== null)
				errors.push({ line: row.line, problem: 'parent_level', value: row.parentCode });
			continue;
		}
		if (row.parentCode === null) {
			errors.push({ line: row.line, problem: 'parent_missing', value: '' });
			continue;
		}
		const parentLevel = seen.get(row.parentCode) ?? existing.get(row.parentCode);
		if (!parentLevel) errors.push({ line: row.line, problem: 'parent_missing', value: row.parentCode });
		else if (!allowed.includes(parentLevel))
			errors.push({ line: row.line, problem: 'parent_level', value: row.parentCode });
		else if (!row.code.startsWith(row.parentCode + '.'))
			errors.push({ line: row.line, problem: 'code_prefix', value: row.code });
	}

	errors.sort((a, b) => a.line - b.line);
	if (errors.length > 0) return { rows: [], errors };
	return { rows: rows.map(({ line: _line, ...r }) => r), errors };
}
