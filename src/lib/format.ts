import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'en' ? 'en-GB' : 'id-ID');

// Building an Intl formatter costs far more than using one, and a list page formats hundreds of values.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateFormat(options: Intl.DateTimeFormatOptions, locale = tag()): Intl.DateTimeFormat {
	const key = locale + JSON.stringify(options);
	let f = dateFormats.get(key);
	if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
	return f;
}

export function numberFormat(options: Intl.NumberFormatOptions, locale = tag()): Intl.NumberFormat {
	const key = locale + JSON.stringify(options);
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
	return f;
}

const DATE: Intl.DateTimeFormatOptions = {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Asia/Jakarta'
};
const DATE_TIME: Intl.DateTimeFormatOptions = {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Asia/Jakarta'
};

export function formatDate(d: Date | string | number): string {
	return dateFormat(DATE).format(new Date(d));
}

export function formatDateTime(d: Date | string | number): string {
	return dateFormat(DATE_TIME).format(new Date(d));
}

/** Whole rupiah, the Indonesian way in both languages ("Rp 150.000.000"): amounts are Indonesian. */
export function formatRupiah(n: number): string {
	return numberFormat({ style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }, 'id-ID').format(n);
}
