import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'en' ? 'en-GB' : 'id-ID');

export function formatDate(d: Date | string | number): string {
	return new Intl.DateTimeFormat(tag(), {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Asia/Jakarta'
	}).format(new Date(d));
}

export function formatDateTime(d: Date | string | number): string {
	return new Intl.DateTimeFormat(tag(), {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Asia/Jakarta'
	}).format(new Date(d));
}
