import { getLocale } from '$lib/paraglide/runtime';

/** Month names in the reader's language, January first. */
export function monthNames(): string[] {
	const fmt = new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'id-ID', { month: 'long' });
	return Array.from({ length: 12 }, (_, i) => fmt.format(new Date(Date.UTC(2024, i, 15))));
}
