// Rupiah amounts as officials type them: "250000000", "250.000.000", "Rp 250.000.000,00", "250 juta",
// "1,5 miliar". Shared by the forms' schemas (which refuse what this cannot read) and the routes (which
// hand the service a whole number), and used to show an amount back in a form with its separators.
import { numberFormat } from '$lib/format';

const UNITS: Record<string, number> = {
	rb: 1e3,
	ribu: 1e3,
	k: 1e3,
	thousand: 1e3,
	jt: 1e6,
	juta: 1e6,
	million: 1e6,
	m: 1e9,
	miliar: 1e9,
	milyar: 1e9,
	billion: 1e9,
	t: 1e12,
	triliun: 1e12,
	trilyun: 1e12
};

// Digits grouped by threes with dots (Indonesian) or commas (English), or no grouping at all.
const GROUPED = /^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$|^\d+$/;

/** Whole rupiah from what was typed, or null when it is no amount (negative, fractions of a rupiah…). */
export function parseAmount(typed: string): number | null {
	const text = typed
		.trim()
		.toLowerCase()
		.replace(/^(rp\.?|idr)\s*/, '')
		.replace(/\s+/g, ' ');
	const match = /^([\d.,]+) ?([a-z]*)$/.exec(text);
	if (!match) return null;
	const unit = match[2] ?? '';
	let digits = match[1] ?? '';
	const factor = unit ? UNITS[unit] : 1;
	if (!factor) return null;
	let value: number;
	if (!unit) {
		// "250.000.000,00": cents of zero are written on invoices; other cents are no whole rupiah.
		digits = digits.replace(/^(\d{1,3}(?:\.\d{3})+|\d+),0{1,2}$/, '$1');
		if (!GROUPED.test(digits)) return null;
		value = Number(digits.replace(/[.,]/g, ''));
	} else if (GROUPED.test(digits) && /[.,]\d{3}$/.test(digits)) {
		// "1.500 juta": thousands of the unit.
		value = Number(digits.replace(/[.,]/g, '')) * factor;
	} else if (/^\d+(?:[.,]\d+)?$/.test(digits)) {
		// "1,5 miliar" or "2.75 juta": a decimal with either mark.
		value = Number(digits.replace(',', '.')) * factor;
	} else return null;
	const whole = Math.round(value);
	return Number.isSafeInteger(whole) && Math.abs(value - whole) < 1e-6 ? whole : null;
}

/** An amount as it is shown back in a form: "250.000.000" (empty for none). */
export function amountInput(n: number | null | undefined): string {
	return n === null || n === undefined ? '' : numberFormat({ maximumFractionDigits: 0 }, 'id-ID').format(n);
}
