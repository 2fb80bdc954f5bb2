// Automatic screening of child-written text: personal data, insults, possible disclosures of harm.
// Pure: the word lists, phrase rules and the classifier's corpus are data files in this folder; admins'
// extra words come in as an argument.
import type { ScreeningHits } from '../db/schema';
import type { Model } from './classifier';
import { analyseHarm, merge } from './harm';
import { find, harmRegex, INSULT, insultRegex, original } from './matchers';
import { normalise } from './normalise';
import { personalSpans, type Span } from './personal';

export { SHIPPED, type WordList } from './matchers';

export type ScreeningKind = 'personal' | 'insult' | 'harm';
export type ScreeningDecision = 'clean' | 'warn' | 'harm';
export interface ScreeningResult {
	hits: ScreeningHits;
	decision: ScreeningDecision;
}
export interface ExtraWords {
	insult?: string[];
	harm?: string[];
}
/** Another classifier than the shipped one, for measuring (cross-validation). */
export interface ScreenOptions {
	model?: Model;
}
/** A piece of the text, marked with the kind of hit it is part of (null: nothing found). */
export interface ScreeningPiece {
	text: string;
	kind: ScreeningKind | null;
}

function analyse(text: string, extra: ExtraWords, opts: ScreenOptions = {}) {
	const n = normalise(text);
	const harm = analyseHarm(text, n, harmRegex(extra.harm ?? []), opts.model);
	const spans: Record<ScreeningKind, Span[]> = {
		personal: merge(personalSpans(text)),
		insult: merge(find(n, INSULT, insultRegex(extra.insult ?? [])).map((sp) => original(n, sp))),
		harm: merge(harm.spans)
	};
	return { spans, harm };
}

/** Where each kind of hit sits in the original text. */
export function findSpans(text: string, extra: ExtraWords = {}): Record<ScreeningKind, Span[]> {
	return analyse(text, extra).spans;
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
export function screen(text: string, extra: ExtraWords = {}, opts: ScreenOptions = {}): ScreeningResult {
	const { spans, harm } = analyse(text, extra, opts);
	const hits: ScreeningHits = {
		personal: fragments(text, spans.personal),
		insult: fragments(text, spans.insult),
		harm: harm.fragments,
		signals: harm.signals
	};
	const decision: ScreeningDecision = harm.harm
		? 'harm'
		: hits.personal.length + hits.insult.length > 0
			? 'warn'
			: 'clean';
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
