// Numbers as the dashboard shows them, in the reader's language. A hidden count arrives as 'small'
// ("< 5"), 'complement' ("*") or 'withheld' (the breakdown of a group too small to break down): the number
// itself never leaves the server.
import { resolve } from '$app/paths';
import { numberFormat } from '$lib/format';
import { m } from '$lib/paraglide/messages';

export type SafeNumber = number | 'small' | 'complement' | 'withheld';

export function num(n: number, digits = 0): string {
	return numberFormat({ maximumFractionDigits: digits }).format(n);
}

export function safeNum(n: SafeNumber): string {
	if (n === 'small') return '< 5';
	if (n === 'complement') return '*';
	if (n === 'withheld') return m.dash_withheld();
	return num(n);
}

/** True when a whole breakdown is withheld: it is shown as one sentence, not as a table or chart. */
export function withheld(counts: Iterable<SafeNumber>): boolean {
	let any = false;
	for (const n of counts) {
		if (n !== 'withheld') return false;
		any = true;
	}
	return any;
}

/** A share between 0 and 1 as a percentage; a dash when there is none. */
export function pct(share: number | null): string {
	return share === null ? '—' : `${num(share * 100, 1)}%`;
}

export function drawable(n: SafeNumber): number {
	return typeof n === 'number' ? n : 0;
}

export interface Filter {
	/** A cycle id, or 'semua'. */
	cycle: string;
	kecamatan: string;
}

function query(filter: Filter, withKecamatan: boolean): string {
	const q = new URLSearchParams();
	// No cycle in the address means all cycles, so the plain address (/data/aspirasi.csv) is the whole set.
	if (filter.cycle && filter.cycle !== 'semua') q.set('siklus', filter.cycle);
	if (withKecamatan && filter.kecamatan) q.set('kecamatan', filter.kecamatan);
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** The stable download address of one dashboard table, for the current filter. */
export function statHref(name: string, filter: Filter, format: 'csv' | 'json' = 'csv'): string {
	return resolve('/(public)/data/statistik/[name].[format]', { name, format }) + query(filter, true);
}

/** The stable download address of a record set, for the chosen cycle (records ignore the kecamatan). */
export function recordHref(name: string, filter: Filter, format: 'csv' | 'json' = 'csv'): string {
	return resolve('/(public)/data/[name].[format]', { name, format }) + query(filter, false);
}
