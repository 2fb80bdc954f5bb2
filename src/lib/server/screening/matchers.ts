// The shipped word lists (lists/insult.json, lists/harm.json) compiled into matchers over normalised text.
import harmList from './lists/harm.json';
import insultList from './lists/insult.json';
import { normaliseWord, squeezePattern, type Normalised } from './normalise';
import type { Span } from './personal';

export interface WordList {
	words: string[];
	patterns: string[];
	exceptions: string[];
}
/** The lists as shipped, for the admin page. */
export const SHIPPED: { insult: WordList; harm: WordList } = {
	insult: { words: insultList.words, patterns: insultList.patterns, exceptions: insultList.exceptions },
	harm: { words: harmList.words, patterns: harmList.patterns, exceptions: harmList.exceptions }
};

const WORDY = /[\p{L}\p{N}*]/u;
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}*])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}*])';
/** Insults also count with a suffix: "goblokmu", "anjinglah", "bangsatnya". */
const INSULT_SUFFIX = '(?:nya|lah|mu|ku|in|an|kan)?';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A list word as a regex source. Insults: any letter but the first may hide behind '*' ("b*bi").
 * Harm: a passive "di-" may stand apart, as children often write it ("di pukul", "di bully").
 */
function wordSource(word: string, kind: 'insult' | 'harm'): string {
	const normal = normaliseWord(word);
	const source = [...normal]
		.map((c, i) => {
			if (/[\s-]/.test(c)) return '[^\\p{L}\\p{N}]{1,3}';
			return kind === 'insult' && i > 0 && /\p{L}/u.test(c) ? `[${escape(c)}*]` : escape(c);
		})
		.join('');
	return kind === 'harm' && /^di\p{L}{3}/u.test(normal) ? `di[^\\p{L}\\p{N}]?${source.slice(2)}` : source;
}

function alternation(words: readonly string[], kind: 'insult' | 'harm'): string | null {
	const sources = [...new Set(words.map((w) => wordSource(w, kind)).filter((s) => s.length > 0))];
	// Longest first, so a phrase wins over a word it starts with.
	sources.sort((a, b) => b.length - a.length);
	return sources.length > 0 ? `(?:${sources.join('|')})` : null;
}

/** Insults are whole words; harm words match at the start of a word ("dipukul" → "dipukuli"). */
export function insultRegex(words: readonly string[]): RegExp | null {
	const alt = alternation(words, 'insult');
	return alt ? new RegExp(`${EDGE_BEFORE}${alt}${INSULT_SUFFIX}${EDGE_AFTER}`, 'gu') : null;
}
export function harmRegex(words: readonly string[]): RegExp | null {
	const alt = alternation(words, 'harm');
	return alt ? new RegExp(`${EDGE_BEFORE}${alt}`, 'gu') : null;
}
const compile = (patterns: readonly string[]) => patterns.map((p) => new RegExp(squeezePattern(p), 'gu'));

interface Matcher {
	words: RegExp | null;
	patterns: RegExp[];
	exceptions: RegExp[];
}
export const INSULT: Matcher = {
	words: insultRegex(insultList.words),
	patterns: compile(insultList.patterns),
	exceptions: compile(insultList.exceptions)
};
export const HARM: Matcher = {
	words: harmRegex(harmList.words),
	patterns: compile(harmList.patterns),
	exceptions: compile(harmList.exceptions)
};

/** Spans in the normalised text, widened to whole words ("leceh" → "pelecehan"). */
function matches(n: Normalised, regexes: (RegExp | null)[]): Span[] {
	const spans: Span[] = [];
	for (const re of regexes) {
		if (!re) continue;
		for (const m of n.text.matchAll(re)) {
			let s = m.index;
			let e = s + m[0].length;
			if (e === s) continue;
			while (s > 0 && WORDY.test(n.text[s - 1]!)) s--;
			while (e < n.text.length && WORDY.test(n.text[e]!)) e++;
			spans.push({ s, e });
		}
	}
	return spans;
}

/** What a matcher finds, minus hits inside a harmless phrase, as spans of the normalised text. */
export function find(n: Normalised, matcher: Matcher, extra: RegExp | null): Span[] {
	const excepted = matches(n, matcher.exceptions);
	return matches(n, [matcher.words, extra, ...matcher.patterns]).filter(
		(h) => !excepted.some((x) => x.s <= h.s && h.e <= x.e)
	);
}

/** A span of the normalised text as a span of the original. */
export const original = (n: Normalised, sp: Span): Span => ({
	s: n.start[sp.s] ?? 0,
	e: n.end[sp.e - 1] ?? 0
});
