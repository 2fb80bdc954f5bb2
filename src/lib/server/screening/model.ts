// The statistical signal: a classifier trained, when the server starts, on the tune part of the corpus
// (corpus/tune/*.json); corpus/held-out is kept for measuring it and never read here.
import { score, strongest, train, type Example, type Model } from './classifier';
import { negated } from './context';
import tuneDisclosures from './corpus/tune/disclosures.json';
import tuneHarmless from './corpus/tune/harmless.json';
import { normalise } from './normalise';
import { tokenForm, tokenise, type Token } from './tokens';

/** A text scoring at or above this goes to safeguarding; chosen by cross-validation on the tune part. */
export const THRESHOLD = 0.7;
/** A negated or campaign-like hit counts when the classifier scores the text at least this. */
export const WEAK_THRESHOLD = 0.5;

export interface Feature {
	name: string;
	/** The tokens it was read from. */
	from: number;
	to: number;
}

const isWord = (t: Token | undefined) => !!t && /^[a-z]/.test(t.root);
/** Pronouns and little words say how a text is written (ideas say "kami", stories "aku"), not what it
 * tells; alone they would decide, so they count only in pairs ("aku sering", "di:pukul aku"). */
const ALONE_NOT = new Set(
	'aku saya kami kita kamu dia mereka nya yang di ke dari dan atau ada itu ini untuk dengan sama karena kalau juga sudah akan tidak tolong mau ingin'.split(
		' '
	)
);

/** Roots, prefixed forms and pairs of neighbouring words; a word after a negation is a different
 * feature ("tidak ada lagi yang dibully" is not "dibully"). */
export function features(tokens: Token[]): Feature[] {
	const out: Feature[] = [];
	tokens.forEach((t, i) => {
		if (!isWord(t)) return;
		const not = negated(tokens, i) ? 'n' : '';
		if (!ALONE_NOT.has(t.root)) out.push({ name: `${not}w:${t.root}`, from: i, to: i + 1 });
		if (t.prefix) out.push({ name: `${not}f:${tokenForm(t)}`, from: i, to: i + 1 });
		const next = tokens[i + 1];
		if (isWord(next)) out.push({ name: `b:${tokenForm(t)} ${tokenForm(next!)}`, from: i, to: i + 2 });
	});
	return out;
}

export const textFeatures = (text: string) => features(tokenise(normalise(text)));

/** The texts of a corpus file, which holds lists of texts by kind. */
export function corpusTexts(file: Record<string, unknown>): { kind: string; text: string }[] {
	return Object.entries(file)
		.filter(([kind, texts]) => kind !== '$comment' && Array.isArray(texts))
		.flatMap(([kind, texts]) => (texts as string[]).map((text) => ({ kind, text })));
}

/** Examples alternating between the two labels, so stochastic training sees both all along. */
export function examples(disclosures: string[], harmless: string[]): Example[] {
	const pos = disclosures.map((t): Example => ({ features: textFeatures(t).map((f) => f.name), label: 1 }));
	const neg = harmless.map((t): Example => ({ features: textFeatures(t).map((f) => f.name), label: 0 }));
	const out: Example[] = [];
	for (let i = 0; i < Math.max(pos.length, neg.length); i++) {
		if (pos[i]) out.push(pos[i]!);
		if (neg[i]) out.push(neg[i]!);
	}
	return out;
}

export const MODEL: Model = train(
	examples(
		corpusTexts(tuneDisclosures).map((c) => c.text),
		corpusTexts(tuneHarmless).map((c) => c.text)
	)
);

/** The score of a text already cut into tokens, and the features that raised it most. */
export function classify(tokens: Token[], model: Model = MODEL): { score: number; cues: Feature[] } {
	const feats = features(tokens);
	const names = feats.map((f) => f.name);
	const top = strongest(model, names, 3);
	return { score: score(model, names), cues: top.map((name) => feats.find((f) => f.name === name)!) };
}
