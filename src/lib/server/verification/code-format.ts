// Invite codes are printed on paper and typed by children on phones: 8 characters from an alphabet
// without look-alikes, shown as ABCD-EFGH, accepted in any case with or without the dash.

/** No 0/O, 1/I/L: a child copying from paper cannot mix them up. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

const VALID = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A fresh random code in display form; rejection sampling keeps every character equally likely. */
export function generateCode(): string {
	const limit = 256 - (256 % CODE_ALPHABET.length);
	let raw = '';
	while (raw.length < CODE_LENGTH) {
		const bytes = new Uint8Array(16);
		crypto.getRandomValues(bytes);
		for (const b of bytes) {
			if (b < limit && raw.length < CODE_LENGTH) raw += CODE_ALPHABET[b % CODE_ALPHABET.length];
		}
	}
	return formatCode(raw);
}

function formatCode(raw: string): string {
	return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** The stored form of what a child typed, or null when it cannot be a code at all. */
export function normaliseCode(input: string): string | null {
	const raw = input.toUpperCase().replace(/[\s-]/g, '');
	return VALID.test(raw) ? formatCode(raw) : null;
}

/** The end of the chosen day (YYYY-MM-DD) in Western Indonesia Time (WIB, UTC+7), or null if no such day. */
export function expiryFromDate(isoDate: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
	const day = new Date(Date.UTC(y, m, d));
	// 2025-02-30 would roll over into March.
	if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m || day.getUTCDate() !== d) return null;
	return new Date(Date.UTC(y, m, d, 23, 59, 59, 999) - WIB_OFFSET);
}

const WIB_OFFSET = 7 * 3600_000;

/** The calendar day (YYYY-MM-DD) a moment falls on in WIB, for date inputs. */
export function wibDate(moment: Date): string {
	return new Date(moment.getTime() + WIB_OFFSET).toISOString().slice(0, 10);
}
