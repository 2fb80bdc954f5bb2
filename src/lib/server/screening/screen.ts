// Automatic screening of child-written text: personal data, insults, possible disclosures of harm.
// Pure: the word lists are data files in ./lists, admins' extra words come in as an argument.
import type { ScreeningHits } from '../db/schema';
import harmList from './lists/harm.json';
import insultList from './lists/insult.json';
import { normalise, normaliseWord, squeezePattern, type Normalised } from './normalise';
import { personalSpans, type Span } from './personal';

export type ScreeningKind = keyof ScreeningHits;
export type ScreeningDecision = 'clean' | 'warn' | 'harm';
export interface ScreeningResult {
	hits: ScreeningHits;
	decision: ScreeningDecision;
}
export interface ExtraWords {
	insult?: string[];
	harm?: string[];
}
/** A piece of the text, marked with the kind of hit it is part of (null: nothing found). */
export interface ScreeningPiece {
	text: string;
	kind: ScreeningKind | null;
}

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
function insultRegex(words: readonly string[]): RegExp | null {
	const alt = alternation(words, 'insult');
	return alt ? new RegExp(`${EDGE_BEFORE}${alt}${INSULT_SUFFIX}${EDGE_AFTER}`, 'gu') : null;
}
function harmRegex(words: readonly string[]): RegExp | null {
	const alt = alternation(words, 'harm');
	return alt ? new RegExp(`${EDGE_BEFORE}${alt}`, 'gu') : null;
}
const compile = (patterns: readonly string[]) => patterns.map((p) => new RegExp(squeezePattern(p), 'gu'));

interface Matcher {
	words: RegExp | null;
	patterns: RegExp[];
	exceptions: RegExp[];
}
const INSULT: Matcher = {
	words: insultRegex(insultList.words),
	patterns: compile(insultList.patterns),
	exceptions: compile(insultList.exceptions)
};
const HARM: Matcher = {
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

/** What a matcher finds, minus hits inside a harmless phrase, as spans of the original text. */
function find(n: Normalised, matcher: Matcher, extra: RegExp | null): Span[] {
	const excepted = matches(n, matcher.exceptions);
	return matches(n, [matcher.words, extra, ...matcher.patterns])
		.filter((h) => !excepted.some((x) => x.s <= h.s && h.e <= x.e))
		.map((h) => ({ s: n.start[h.s] ?? 0, e: n.end[h.e - 1] ?? 0 }));
}

/** Sorted, with overlapping spans joined. */
function merge(spans: Span[]): Span[] {
	const sorted = [...spans].sort((a, b) => a.s - b.s || b.e - a.e);
	const out: Span[] = [];
	for (const sp of sorted) {
		const last = out.at(-1);
		if (last && sp.s < last.e) last.e = Math.max(last.e, sp.e);
		else out.push({ ...sp });
	}
	return out;
}

/** Where each kind of hit sits in the original text. */
export function findSpans(text: string, extra: ExtraWords = {}): Record<ScreeningKind, Span[]> {
	const n = normalise(text);
	return {
		personal: merge(personalSpans(text)),
		insult: merge(find(n, INSULT, insultRegex(extra.insult ?? []))),
		harm: merge(find(n, HARM, harmRegex(extra.harm ?? [])))
	};
}

function fragments(text: string, spans: Span[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const sp of spans) {
		const f = text.slice(sp.s, sp.e).trim();
		if (f && !seen.has(f.toLowerCase())) {
			seen.add(f.toLowerCase());
			out.push(f);
		}
	}
	return out;
}

/** Harm wins over warn; warn is personal data or insults. */
export function screen(text: string, extra: ExtraWords = {}): ScreeningResult {
	const spans = findSpans(text, extra);
	const hits: ScreeningHits = {
		personal: fragments(text, spans.personal),
		insult: fragments(text, spans.insult),
		harm: fragments(text, spans.harm)
	};
	const decision: ScreeningDecision =
		hits.harm.length > 0 ? 'harm' : hits.personal.length + hits.insult.length > 0 ? 'warn' : 'clean';
	return { hits, decision };
}

const PRIORITY: ScreeningKind[] = ['harm', 'insult', 'personal'];

/** The text cut into pieces, each marked with what screening found there (harm first where they overlap). */
export function markText(text: string, extra: ExtraWords = {}): ScreeningPiece[] {
	const spans = findSpans(text, extra);
	const kinds: (ScreeningKind | null)[] = new Array<ScreeningKind | null>(text.length).fill(null);
	for (const kind of [...PRIORITY].reverse()) for (const sp of spans[kind]) kinds.fill(kind, sp.s, sp.e);
	const pieces: ScreeningPiece[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = pieces.at(-1);
		if (last && last.kind === kinds[i]) last.text += text[i];
		else pieces.push({ text: text[i]!, kind: kinds[i] ?? null });
	}
	return pieces;
}
