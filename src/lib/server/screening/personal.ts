// Finds personal data in the text as typed: phone numbers, emails, NIK, street addresses, links and
// social handles. Each finder returns spans of the original text; amounts, times, dates, years and
// class numbers ("Rp 5.000.000", "pukul 08.00", "kelas 6", "RKPD 2028") are left alone.

export interface Span {
	s: number;
	e: number;
}

const EMAIL =
	/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+){0,4}\.[a-z]{2,}/giu;
const EMAIL_SPELLED =
	/(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]+\s*[([]\s*(?:at|et)\s*[)\]]\s*[\p{L}\p{N}-]+(?:\s*(?:\.|[([]\s*dot\s*[)\]])\s*[a-z]{2,})*/giu;
const HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_.]{3,30}/gu;
const SOCIAL =
	/\b(?:ig|instagram|tiktok|fb|facebook|twitter|telegram|youtube|yt|snapchat|discord|line|wa|whatsapp)\s*[:=]\s*@?[\p{L}\p{N}_.]{3,30}/giu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/giu;
const TLD =
	'(?:co\\.id|go\\.id|sch\\.id|ac\\.id|or\\.id|web\\.id|my\\.id|biz\\.id|com|net|org|id|ly|me|io|gg|app|xyz|info|site|link|online|store|shop|tk|ml|be|to|cc|biz|tv|live)';
const DOMAIN = new RegExp(
	`\\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+){0,4}\\.${TLD}\\b(?:/[^\\s<>"')\\]]*)?`,
	'giu'
);

const ADDRESS = [
	// "Jl. Merdeka No. 5", "Jalan Ahmad Yani no 12", "Jln Gajah Mada 3 nomor 7"
	/\b(?:jl|jln|jalan)\b\.?\s*(?:[\p{L}'.-]+\s+){1,5}?(?:no|nomor|nomer|nmr)\b\.?\s*\d+[a-z]?\b/giu,
	// "Gg. Mawar", "Gang Kenanga II"
	/\b[Gg][Gg]\.\s*[\p{L}\p{N}]+(?:\s+[A-Z0-9][\p{L}\p{N}]*)?/gu,
	/\b(?:Gg|Gang|GANG)\s+[A-Z][\p{L}]+(?:\s+[A-Z0-9][\p{L}\p{N}]*)?/gu,
	// "RT 03/RW 02", "RT.3 RW.2", "rt 01 rw 05"
	/\brt\b\.?\s*\d{1,3}\s*[/,]?\s*(?:\/\s*)?rw\b\.?\s*\d{1,3}/giu,
	// "Blok C2 No. 7", "Perumahan Indah Blok B"
	/\bblok\s+[a-z]?\d{0,3}[a-z]?\s*(?:no|nomor|nomer)\b\.?\s*\d+/giu,
	// "rumahku nomor 12", "rumah saya no. 4"
	/\brumah\s*(?:ku|saya|aku|kami)?\s+(?:di\s+)?(?:no|nomor|nomer)\b\.?\s*\d+/giu
];

/** A number as typed, with its digit groups, e.g. "+62 812-3456-7890" → ["62", "812", "3456", "7890"]. */
const NUMBER_RUN = /(?<![\p{L}\p{N}])\+?\(?\d(?:\)?[ \t.-]?\(?\d)*/gu;
const AMOUNT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const MONEY_BEFORE = /(?:rp|idr)\.?\s*$/i;

/** Whether a run of digits is a phone number, NIK or other long identifying number. */
function identifyingNumber(run: string): boolean {
	if (AMOUNT.test(run)) return false;
	const groups = run.match(/\d+/g) ?? [];
	const digits = groups.join('');
	const first = groups[0] ?? '';
	const spacedOut = groups.length > 3 && groups.every((g) => g.length === 1);
	// Mobile numbers: 08…, 628…, +62 8…, written in groups of three or more digits, or one digit at a time.
	if (/^(?:08|628)/.test(digits)) {
		const local = digits.startsWith('0') ? digits.length : digits.length - 1;
		const groupedLikeAPhone =
			first.length >= 3 || (first === '62' && (groups[1] ?? '').startsWith('8')) || spacedOut;
		if (local >= 10 && local <= 14 && groupedLikeAPhone) return true;
	}
	// Landlines: an area code 0xx(x) then the number, "(0562) 441234", "021-5551234".
	if (
		/^0[1-79]/.test(first) &&
		first.length >= 3 &&
		first.length <= 4 &&
		digits.length >= 9 &&
		digits.length <= 12
	)
		return true;
	// NIK: 16 digits, also in groups ("6107 0123 4567 0001").
	if (digits.length === 16 && groups.every((g) => g.length >= 2)) return true;
	// Any other long unbroken number (an account number, a phone without its 0).
	return groups.length === 1 && digits.length >= 10;
}

const GROUP = /\+?\(?\d+\)?/g;
/** A phone number spelled one digit at a time has at most 15 groups ("+ 6 2 8 1 2 …"). */
const MAX_GROUPS = 16;

/**
 * Numbers in the text that identify someone. Within each run of digits, the shortest number that
 * qualifies is taken from each start, then grown while the next group continues it, so a count
 * after a phone number ("0812 3456 7890 2 kali") is left out but a spaced-out number stays whole.
 */
function numberSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (const run of text.matchAll(NUMBER_RUN)) {
		const groups = [...run[0].matchAll(GROUP)].map((g) => ({
			s: run.index + g.index,
			e: run.index + g.index + g[0].length,
			len: g[0].replace(/\D/g, '').length
		}));
		const slice = (i: number, j: number) => text.slice(groups[i]!.s, groups[j]!.e);
		let i = 0;
		while (i < groups.length) {
			const before = text.slice(Math.max(0, groups[i]!.s - 6), groups[i]!.s);
			const last = Math.min(groups.length, i + MAX_GROUPS) - 1;
			let found = -1;
			for (let j = i; j <= last && !MONEY_BEFORE.test(before); j++) {
				if (identifyingNumber(slice(i, j))) {
					found = j;
					break;
				}
			}
			if (found < 0) {
				i++;
				continue;
			}
			const spacedOut = groups.slice(i, found + 1).every((g) => g.len === 1);
			while (
				found < last &&
				(spacedOut || groups[found + 1]!.len >= 2) &&
				identifyingNumber(slice(i, found + 1))
			)
				found++;
			spans.push({ s: groups[i]!.s, e: groups[found]!.e });
			i = found + 1;
		}
	}
	return spans;
}

function regexSpans(text: string, patterns: RegExp[]): Span[] {
	return patterns.flatMap((re) =>
		[...text.matchAll(re)].map((m) => ({ s: m.index, e: m.index + m[0].length }))
	);
}

/** Spans of personal data in the original text (they may overlap; the caller merges them). */
export function personalSpans(text: string): Span[] {
	return [
		...numberSpans(text),
		...regexSpans(text, [EMAIL, EMAIL_SPELLED, HANDLE, SOCIAL, URL, DOMAIN, ...ADDRESS])
	];
}
