// Normalised text cut into words, each read in its standard spelling (lists/slang.json) and reduced to
// its root (stem.ts with lists/roots.json), keeping where it came from so a hit can be shown as typed.
import rootList from './lists/roots.json';
import slangList from './lists/slang.json';
import { normaliseWord, type Normalised } from './normalise';
import { stemWord } from './stem';

export interface Token {
	/** The root, or a mark: "." ends a sentence, "," a clause, "#" is a number. */
	root: string;
	/** The outermost prefix the word had (di, me, ber, ter, pe, ke, se, ku), '' for none. */
	prefix: string;
	/** Span in the normalised text. */
	s: number;
	e: number;
}

const ROOTS: ReadonlySet<string> = new Set(rootList.roots.map(normaliseWord));
const SLANG: ReadonlyMap<string, string[]> = new Map(
	Object.entries(slangList.words).map(([k, v]) => [normaliseWord(k), normaliseWord(v).split(' ')])
);
/** Other spellings of a root, which may carry affixes: di-pukol, ke-tau-an. */
const VARIANTS: ReadonlyMap<string, string> = new Map(
	Object.entries(slangList.roots).map(([k, v]) => [normaliseWord(k), normaliseWord(v)])
);
const isRoot = (w: string) => ROOTS.has(w) || VARIANTS.has(w);

/** The root of one standard word, with its outermost prefix and the pronoun it ended with. */
export function rootOf(word: string): { root: string; prefix: string; pronoun: string | null } {
	const stem = stemWord(word, isRoot);
	// "mengaku" (to admit) is not the pronoun "aku" with a prefix.
	if (stem.root === 'aku' && stem.prefix) return { root: word, prefix: '', pronoun: null };
	return { root: VARIANTS.get(stem.root) ?? stem.root, prefix: stem.prefix, pronoun: stem.pronoun };
}

export function isKnownRoot(word: string): boolean {
	return isRoot(normaliseWord(word));
}

const PIECE = /\p{L}+(?:-\p{L}+)*|\p{N}+(?:[.,:/-]\p{N}+)*|[.!?;:\n]+|,/gu;
const PRONOUN_WORD: Record<string, string> = { ku: 'aku', mu: 'kamu', nya: 'nya' };

export function tokenise(n: Normalised): Token[] {
	const out: Token[] = [];
	// Words repeat within a text; each is stemmed once per call.
	const seen = new Map<string, ReturnType<typeof rootOf>>();
	const stemOnce = (w: string) => {
		let r = seen.get(w);
		if (!r) seen.set(w, (r = rootOf(w)));
		return r;
	};
	for (const m of n.text.matchAll(PIECE)) {
		const s = m.index;
		const e = s + m[0].length;
		const piece = m[0];
		if (/^\p{N}/u.test(piece)) {
			// A number, one token: "pukul 7" is a time, "2 hari" a count.
			out.push({ root: '#', prefix: '', s, e });
			continue;
		}
		if (!/\p{L}/u.test(piece)) {
			const root = piece === ',' ? ',' : '.';
			if (out.at(-1)?.root !== root) out.push({ root, prefix: '', s, e });
			continue;
		}
		const words = SLANG.get(piece) ?? [piece];
		for (const word of words) {
			const { root, prefix, pronoun } = stemOnce(word);
			out.push({ root, prefix, s, e });
			if (pronoun) out.push({ root: PRONOUN_WORD[pronoun]!, prefix: '', s, e });
		}
	}
	return out;
}

/** How phrase rules see a token: "di:pukul" for a passive, "me:pukul" for an active verb, "pukul" bare. */
export const tokenForm = (t: Token) => (t.prefix ? `${t.prefix}:${t.root}` : t.root);
