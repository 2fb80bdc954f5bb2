// Turns child-written text into a plain form for word matching, remembering where every character
// came from, so a hit can be reported as the fragment the child actually typed ("4nj1ng", "a n j i n g").

/** The normalised text; `start[i]`/`end[i]` give the original span of its i-th character. */
export interface Normalised {
	text: string;
	start: number[];
	end: number[];
}

interface Char {
	c: string;
	s: number;
	e: number;
}

const LEET: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'@': 'a',
	$: 's'
};

// Invisible characters and apostrophes are dropped, so "an\u200Bjing" and "blo'on" read as one word.
const DROPPED = /[\u00AD\u200B-\u200D\u2060\uFEFF'’`]/;
const LETTER = /\p{L}/u;
/** Characters that can belong to an (obfuscated) word; '*' stands for a hidden letter ("b*bi"). */
const WORDISH = /[\p{L}0-9@$*]/u;
/** What may stand between spaced-out letters ("a n j i n g", "a.n.j.i.n.g", "a-n-j-i-n-g"). */
const SPACER = /[\s.\-_,/+~]/;

/** Lower-case, without diacritics or invisible characters, each character with its original span. */
function decompose(text: string): Char[] {
	const out: Char[] = [];
	let i = 0;
	for (const cp of text) {
		const len = cp.length;
		const code = cp.charCodeAt(0);
		// Plain ASCII (nearly every character children type) needs no Unicode decomposition.
		if (code < 128 && cp !== "'" && cp !== '`') out.push({ c: cp.toLowerCase(), s: i, e: i + 1 });
		else if (!DROPPED.test(cp)) {
			const plain = cp.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
			for (const c of plain) out.push({ c, s: i, e: i + len });
		}
		i += len;
	}
	return out;
}

/** Maps leetspeak digits and symbols inside chunks that hold a letter: "g0bl0k" but never "2027". */
function unleet(chars: Char[]): void {
	let i = 0;
	while (i < chars.length) {
		if (!WORDISH.test(chars[i]!.c)) {
			i++;
			continue;
		}
		let j = i;
		while (j < chars.length && WORDISH.test(chars[j]!.c)) j++;
		const chunk = chars.slice(i, j);
		if (chunk.some((ch) => LETTER.test(ch.c))) for (const ch of chunk) ch.c = LEET[ch.c] ?? ch.c;
		i = j;
	}
}

/** Joins runs of three or more single letters ("a n j i n g", "4 n j 1 n g") into one word. */
function joinSpacedLetters(chars: Char[]): Char[] {
	const isSingle = (k: number) =>
		WORDISH.test(chars[k]?.c ?? ' ') &&
		!WORDISH.test(chars[k - 1]?.c ?? ' ') &&
		!WORDISH.test(chars[k + 1]?.c ?? ' ');
	const out: Char[] = [];
	let i = 0;
	while (i < chars.length) {
		if (!isSingle(i)) {
			out.push(chars[i]!);
			i++;
			continue;
		}
		const run = [i];
		let k = i + 1;
		for (;;) {
			let gap = 0;
			while (gap < 3 && SPACER.test(chars[k + gap]?.c ?? '')) gap++;
			if (gap === 0 || !isSingle(k + gap)) break;
			run.push(k + gap);
			k = k + gap + 1;
		}
		const letters = run.filter((r) => LETTER.test(chars[r]!.c)).length;
		const end = run.at(-1)! + 1;
		if (run.length >= 3 && letters >= 2) {
			for (const r of run) out.push({ ...chars[r]!, c: LEET[chars[r]!.c] ?? chars[r]!.c });
		} else {
			// Left as it was; the whole run is skipped so a long "1.1.1.1…" stays linear.
			out.push(...chars.slice(i, end));
		}
		i = end;
	}
	return out;
}

/** Collapses repeated letters ("anjiiing" → "anjing", "tinggal" → "tingal"); lists are squeezed the same way. */
function squeeze(chars: Char[]): Char[] {
	const out: Char[] = [];
	for (const ch of chars) {
		const last = out.at(-1);
		if (last && last.c === ch.c && LETTER.test(ch.c)) last.e = ch.e;
		else out.push({ ...ch });
	}
	return out;
}

/** "anj!ng", "k|ntol": an exclamation mark or bar between two letters stands for an i. */
function bangBetweenLetters(chars: Char[]): void {
	chars.forEach((ch, k) => {
		if (/[!|]/.test(ch.c) && LETTER.test(chars[k - 1]?.c ?? '') && LETTER.test(chars[k + 1]?.c ?? ''))
			ch.c = 'i';
	});
}

export function normalise(text: string): Normalised {
	const chars = decompose(text);
	bangBetweenLetters(chars);
	unleet(chars);
	const done = squeeze(joinSpacedLetters(chars));
	return {
		text: done.map((ch) => ch.c).join(''),
		start: done.map((ch) => ch.s),
		end: done.map((ch) => ch.e)
	};
}

/** A word or phrase from a list (or typed by an admin) in the same form as normalised text. */
export function normaliseWord(word: string): string {
	return normalise(word.trim()).text.replace(/\s+/g, ' ');
}

/**
 * Squeezes repeated letters in a regular expression's source, so patterns are written in ordinary
 * spelling ("tinggal") yet match squeezed text ("tingal"). Escaped characters ("\\bb") are left alone.
 */
export function squeezePattern(source: string): string {
	let out = '';
	let lastLiteral = '';
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\') {
			out += c + (source[i + 1] ?? '');
			i++;
			lastLiteral = '';
			continue;
		}
		if (/[a-z]/.test(c) && c === lastLiteral) continue;
		out += c;
		lastLiteral = /[a-z]/.test(c) ? c : '';
	}
	return out;
}

/** The original text behind normalised positions [from, to). */
export function originalSpan(n: Normalised, from: number, to: number): { s: number; e: number } {
	return { s: n.start[from] ?? 0, e: n.end[to - 1] ?? 0 };
}
