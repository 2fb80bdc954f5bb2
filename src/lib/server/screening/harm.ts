// A possible disclosure of harm, from three signals: the word lists (lists/harm.json and admins' words),
// phrase rules over roots (lists/phrases.json) and the classifier (model.ts). Any one is enough, except
// that a hit after a negation ("tidak ada kekerasan") or in a sentence about a campaign ("sosialisasi
// stop kekerasan") counts only when the classifier also leans towards a disclosure.
import type { HarmSignals } from '../db/schema';
import { find, HARM, original } from './matchers';
import type { Model } from './classifier';
import { classify, MODEL, THRESHOLD, WEAK_THRESHOLD } from './model';
import type { Normalised } from './normalise';
import type { Span } from './personal';
import { negated, topical } from './context';
import { phraseHits, read, type PhraseKind } from './phrases';
import { tokenise, type Token } from './tokens';

export interface HarmAnalysis {
	harm: boolean;
	/** Spans of the original text behind the counted hits (classifier cues when nothing else fired). */
	spans: Span[];
	/** The same as fragments, word-list hits first; overlapping phrase hits are left to `signals`. */
	fragments: string[];
	signals: HarmSignals;
}

interface Hit {
	/** Span of the normalised text. */
	sp: Span;
	from: number;
	to: number;
	kind: PhraseKind | null;
	weak: boolean;
}

/** The tokens a normalised span covers. */
function tokenRange(tokens: Token[], sp: Span): { from: number; to: number } {
	let from = tokens.findIndex((t) => t.e > sp.s);
	if (from < 0) from = tokens.length;
	let to = from;
	while (to < tokens.length && tokens[to]!.s < sp.e) to++;
	return { from, to };
}

const spanOf = (tokens: Token[], from: number, to: number): Span => ({
	s: tokens[from]!.s,
	e: tokens[to - 1]!.e
});

/** Sorted, with overlapping spans joined. */
export function merge(spans: Span[]): Span[] {
	const sorted = [...spans].sort((a, b) => a.s - b.s || b.e - a.e);
	const out: Span[] = [];
	for (const sp of sorted) {
		const last = out.at(-1);
		if (last && sp.s < last.e) last.e = Math.max(last.e, sp.e);
		else out.push({ ...sp });
	}
	return out;
}

const overlaps = (a: Span, b: Span) => a.s < b.e && b.s < a.e;
const round = (x: number) => Math.round(x * 100) / 100;

export function analyseHarm(
	text: string,
	n: Normalised,
	extra: RegExp | null,
	model: Model = MODEL
): HarmAnalysis {
	const tokens = tokenise(n);
	const weak = (from: number, to: number) => negated(tokens, from) || topical(tokens, from, to);
	const wordHits: Hit[] = find(n, HARM, extra).map((sp) => {
		const { from, to } = tokenRange(tokens, sp);
		return { sp, from, to, kind: null, weak: from < to && weak(from, to) };
	});
	const phrases: Hit[] = phraseHits(read(tokens)).map((h) => ({
		...h,
		sp: spanOf(tokens, h.from, h.to),
		weak: weak(h.from, h.to)
	}));
	const { score, cues } = classify(tokens, model);
	const all = [...wordHits, ...phrases];
	const strong = all.some((h) => !h.weak);
	const setAside = all.filter((h) => h.weak);
	const harm = strong || score >= THRESHOLD || (setAside.length > 0 && score >= WEAK_THRESHOLD);

	const frag = (sp: Span) => {
		const o = original(n, sp);
		return { o, text: text.slice(o.s, o.e).trim() };
	};
	const unique = (xs: string[]) => [...new Set(xs)];
	const wordSpans = merge(wordHits.map((h) => h.sp));
	const phraseSpans = merge(phrases.map((h) => h.sp)).filter((sp) => !wordSpans.some((w) => overlaps(w, sp)));
	const cueSpans = merge(cues.map((c) => spanOf(tokens, c.from, c.to)));
	let counted = harm ? [...wordSpans, ...phraseSpans] : [];
	if (harm && counted.length === 0) counted = cueSpans;
	const pieces = counted.map(frag).filter((p) => p.text);

	const signals: HarmSignals = {
		words: harm ? unique(wordHits.map((h) => frag(h.sp).text)) : [],
		phrases: harm
			? phrases
					.map((h) => ({ kind: h.kind!, text: frag(h.sp).text }))
					.filter((p, i, xs) => xs.findIndex((q) => q.kind === p.kind && q.text === p.text) === i)
			: [],
		setAside: harm ? [] : unique(setAside.map((h) => frag(h.sp).text)),
		score: round(score),
		threshold: THRESHOLD,
		cues: unique(cueSpans.map((sp) => frag(sp).text))
	};
	return {
		harm,
		spans: pieces.map((p) => p.o),
		fragments: unique(pieces.map((p) => p.text)),
		signals
	};
}
