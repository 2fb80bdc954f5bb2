// Phrase rules (lists/phrases.json) over the text read word by word as roots: who does what to whom,
// threats, requests for photos, confinement... Each hit is a run of tokens, later checked for negation.
import phraseList from './lists/phrases.json';
import { squeezePattern } from './normalise';
import { tokenForm, type Token } from './tokens';

export const PHRASE_KINDS = Object.keys(phraseList.rules) as PhraseKind[];
export type PhraseKind = keyof typeof phraseList.rules;

/** Tokens [from, to) that a rule matched. */
export interface TokenHit {
	kind: PhraseKind;
	from: number;
	to: number;
}

const GROUPS: Record<string, string> = phraseList.groups;

/** Replaces {NAME} by its group (quantifiers such as {0,3} are digits and stay). */
export function expand(pattern: string): string {
	return pattern.replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
		const group = GROUPS[name];
		if (group === undefined) throw new Error(`phrases.json: unknown group {${name}}`);
		return group;
	});
}

const compile = (pattern: string) => new RegExp(squeezePattern(expand(pattern)), 'g');

const RULES = (Object.entries(phraseList.rules) as [PhraseKind, string[]][]).map(([kind, patterns]) => ({
	kind,
	res: patterns.map(compile)
}));
const TOGETHER = (Object.entries(phraseList.together) as [PhraseKind, string[][]][]).map(([kind, sets]) => ({
	kind,
	sets: sets.map((parts) => parts.map(compile))
}));
const EXCEPTIONS = phraseList.exceptions.map(compile);

/** The tokens as one string ("aku di:pukul ayah"), with where each token starts in it. */
export interface Reading {
	text: string;
	starts: number[];
}

export function read(tokens: Token[]): Reading {
	const starts: number[] = [];
	let text = '';
	for (const t of tokens) {
		if (text) text += ' ';
		starts.push(text.length);
		text += tokenForm(t);
	}
	return { text, starts };
}

/** The token holding character `at` of the reading. */
function tokenAt(r: Reading, at: number): number {
	let lo = 0;
	let hi = r.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (r.starts[mid]! <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

function runs(r: Reading, re: RegExp): { from: number; to: number }[] {
	const out: { from: number; to: number }[] = [];
	for (const m of r.text.matchAll(re)) {
		const end = m.index + m[0].trimEnd().length;
		if (end <= m.index) continue;
		out.push({ from: tokenAt(r, m.index), to: tokenAt(r, end - 1) + 1 });
	}
	return out;
}

/** Every rule hit in the reading, minus those touching an exception. */
export function phraseHits(r: Reading): TokenHit[] {
	if (!r.text) return [];
	const hits: TokenHit[] = [];
	for (const { kind, res } of RULES)
		for (const re of res) for (const h of runs(r, re)) hits.push({ kind, ...h });
	for (const { kind, sets } of TOGETHER) {
		for (const parts of sets) {
			const found = parts.map((re) => runs(r, re));
			if (found.every((f) => f.length > 0)) for (const f of found) hits.push({ kind, ...f[0]! });
		}
	}
	const excepted = EXCEPTIONS.flatMap((re) => runs(r, re));
	// A hit touching a harmless phrase is dropped: "tidak dikasih makan" in "…makan siang di sekolah".
	return hits.filter((h) => !excepted.some((x) => x.from < h.to && h.from < x.to));
}

/** Prefix marks and the pronoun token, which are no roots. */
const PSEUDO = new Set(['ber', 'ter', 'nya']);

/** Every root the rules name, so a test can check the root dictionary knows them. */
export function ruleRoots(): string[] {
	const all = [
		...Object.values(phraseList.rules).flat(),
		...Object.values(phraseList.together).flat(2),
		...phraseList.exceptions
	];
	const words = new Set<string>();
	for (const p of all)
		for (const m of expand(p)
			.replace(/\\[a-z]/g, ' ')
			.matchAll(/(?<![a-z\\])[a-z]{3,}(?![a-z:])/g))
			if (!PSEUDO.has(m[0])) words.add(m[0]);
	return [...words];
}
