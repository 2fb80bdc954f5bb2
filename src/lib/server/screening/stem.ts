// An Indonesian stemmer: the Nazief–Adriani algorithm as refined into confix stripping (Asian, Williams &
// Tahaghoghi 2007, "Stemming Indonesian: a confix-stripping approach", ACM TALIP 6(4)), enhanced by Arifin,
// Mahendra & Ciptaningtyas (2009, ECS), in the order of steps of Sastrawi (github.com/sastrawi/sastrawi,
// MIT): suffixes then prefixes (prefixes first for be-lah, be-an, me-i, di-i, pe-i, ter-i), up to three
// prefixes checked against a root dictionary, then suffixes given back one by one.
// Two additions for how children write: nasal prefixes without "me" (mukul, nyiksa, ngancam, ngebully)
// and the suffix -in (pukulin). Words come squeezed (no doubled letters, as screening compares them), so
// a letter an affix shares with the root is tried back ("dikat" → di-ikat, "mengunakan" → meng-gunakan).

/** A word's root, the outermost prefix it had (di, me, ber, ter, pe, ke, se, ku, kau; '' for none)
 * and the pronoun it ended with (ku, mu, nya), or the word itself when no root is found. */
export interface Stem {
	root: string;
	prefix: string;
	pronoun: string | null;
	found: boolean;
}

type IsRoot = (word: string) => boolean;

interface Removal {
	/** The word before and after this removal. */
	subject: string;
	result: string;
	part: string;
	type: 'particle' | 'pronoun' | 'suffix' | 'prefix';
	/** The prefix's class, for prefixes. */
	cls?: string;
}

/** A prefix rule: the class it removes and the candidate words it may leave, best first. */
type Rule = [cls: string, test: (w: string) => string[] | null];

function informalNasal(w: string): string[] | null {
	const out: string[] = [];
	if (/^nge[a-z]{3}/.test(w)) out.push(w.slice(3));
	if (/^ng[aiueo]/.test(w)) out.push(w.slice(2), 'k' + w.slice(2), 'g' + w.slice(2));
	if (/^ny[aiueo]/.test(w)) out.push('s' + w.slice(2), 'c' + w.slice(2));
	if (/^m[aiueo]/.test(w)) out.push('p' + w.slice(1), 'b' + w.slice(1));
	if (/^n[aiueo]/.test(w)) out.push('t' + w.slice(1));
	return out.length > 0 ? out : null;
}

// Rules 1–42 of the confix-stripping stemmer (numbers as in Sastrawi's disambiguators), then ours.
const RULES: Rule[] = [
	['ber', (w) => (w === 'belajar' ? ['ajar'] : null)],
	['ber', (w) => (/^ber[aiueo]/.test(w) ? [w.slice(3), 'r' + w.slice(3)] : null)],
	['ber', (w) => (/^ber[^aiueor][a-z]er[aiueo]/.test(w) ? [w.slice(3)] : null)],
	['ber', (w) => (/^ber[^aiueor]/.test(w) && !/^er/.test(w.slice(5)) ? [w.slice(3)] : null)],
	['ber', (w) => (/^be[^aiueorl]er[^aiueo]/.test(w) ? [w.slice(2)] : null)],
	['ter', (w) => (/^ter[aiueo]/.test(w) ? [w.slice(3), 'r' + w.slice(3)] : null)],
	['ter', (w) => (/^ter[^aiueor]er[aiueo]/.test(w) ? [w.slice(3)] : null)],
	['ter', (w) => (/^ter[^aiueor]/.test(w) && !/^er/.test(w.slice(4)) ? [w.slice(3)] : null)],
	['ter', (w) => (/^te[^aiueor]er[^aiueo]/.test(w) ? [w.slice(2)] : null)],
	['me', (w) => (/^me[lrwy][aiueo]/.test(w) ? [w.slice(2)] : null)],
	['me', (w) => (/^mem[bfv]/.test(w) ? [w.slice(3)] : null)],
	['me', (w) => (/^mempe/.test(w) ? [w.slice(3)] : null)],
	['me', (w) => (/^mem(r?[aiueo])/.test(w) ? ['m' + w.slice(3), 'p' + w.slice(3)] : null)],
	['me', (w) => (/^men[cdjsz]/.test(w) ? [w.slice(3)] : null)],
	['me', (w) => (/^men[aiueo]/.test(w) ? ['n' + w.slice(3), 't' + w.slice(3)] : null)],
	['me', (w) => (/^meng[ghqk]/.test(w) ? [w.slice(4)] : null)],
	[
		'me',
		(w) => {
			if (!/^meng[aiueo]/.test(w)) return null;
			const rest = w.slice(4);
			return [rest, 'k' + rest, ...(rest[0] === 'e' ? [rest.slice(1)] : []), 'g' + rest, 'ng' + rest];
		}
	],
	['me', (w) => (/^meny[aiueo]/.test(w) ? ['s' + w.slice(4), 'ny' + w.slice(4)] : null)],
	['me', (w) => (/^memp[^e]/.test(w) ? [w.slice(3)] : null)],
	['pe', (w) => (/^pe[wy][aiueo]/.test(w) ? [w.slice(2)] : null)],
	['pe', (w) => (/^per[aiueo]/.test(w) ? [w.slice(3), 'r' + w.slice(3)] : null)],
	['pe', (w) => (/^per[^aiueor][a-z]er[aiueo]/.test(w) ? [w.slice(3)] : null)],
	['pe', (w) => (/^per[^aiueor]/.test(w) && !/^er/.test(w.slice(5)) ? [w.slice(3)] : null)],
	['pe', (w) => (/^pem[bfv]/.test(w) ? [w.slice(3)] : null)],
	['pe', (w) => (/^pem(r?[aiueo])/.test(w) ? ['m' + w.slice(3), 'p' + w.slice(3)] : null)],
	['pe', (w) => (/^pen[cdjz]/.test(w) ? [w.slice(3)] : null)],
	['pe', (w) => (/^pen[aiueo]/.test(w) ? ['n' + w.slice(3), 't' + w.slice(3)] : null)],
	['pe', (w) => (/^peng[^aiueo]/.test(w) ? [w.slice(4)] : null)],
	[
		'pe',
		(w) => {
			if (!/^peng[aiueo]/.test(w)) return null;
			const rest = w.slice(4);
			return [rest, 'k' + rest, ...(rest[0] === 'e' ? [rest.slice(1)] : []), 'g' + rest];
		}
	],
	['pe', (w) => (/^peny[aiueo]/.test(w) ? ['s' + w.slice(4), 'ny' + w.slice(4)] : null)],
	['pe', (w) => (w === 'pelajar' ? ['ajar'] : /^pel[aiueo]/.test(w) ? ['l' + w.slice(3)] : null)],
	['pe', (w) => (/^pe[^aiueorwylmn]er[aiueo]/.test(w) ? [w.slice(2)] : null)],
	['pe', (w) => (/^pe[^aiueorwylmn]/.test(w) && !/^er/.test(w.slice(3)) ? [w.slice(2)] : null)],
	['pe', (w) => (/^pe[^aiueorwylmn]er[^aiueo]/.test(w) ? [w.slice(2)] : null)],
	['ku', (w) => (/^kau./.test(w) ? [w.slice(3)] : null)],
	['ku', (w) => (/^ku./.test(w) ? [w.slice(2)] : null)],
	// Informal prefixes (ours): nge-bully, ng-ancam (k: ngunci, ngeroyok), ny-iksa (s, c), m-ukul (p),
	// n-endang (t). One rule, so the first candidate that is a root wins.
	['me', informalNasal]
];

/** Infixes -er-, -el-, -em-, -in- (gemetar → getar), tried only when nothing else found a root. */
function infix(w: string): string[] | null {
	const m = /^([bcdfghjklmnpqrstvwxyz])(?:er|el|em|in)([aiueo].*)$/.exec(w);
	return m ? [m[1]! + m[2]!] : null;
}

const PARTICLE = /^(.{3,}?)-?(lah|kah|tah|pun)$/;
const PRONOUN = /^(.{3,}?)-?(ku|mu|nya)$/;
const SUFFIX = /^(.{3,}?)(kan|an|in|i)$/;
const PRECEDENCE = /^(?:be.+(?:lah|an)|(?:me|di|pe|ter).+i)$/;

class Context {
	word: string;
	removals: Removal[] = [];
	constructor(
		readonly original: string,
		readonly isRoot: IsRoot
	) {
		this.word = original;
	}
	get done() {
		return this.isRoot(this.word);
	}
	/** Takes the first candidate that is a root, else `plain` (the first rule's reading, as Sastrawi does). */
	private apply(cands: string[], part: string, type: Removal['type'], cls?: string, plain = cands[0]!) {
		const pick = cands.find((c) => this.isRoot(c)) ?? plain;
		this.removals.push({ subject: this.word, result: pick, part, type, cls });
		this.word = pick;
	}
	private suffix(re: RegExp, type: Removal['type']) {
		const m = re.exec(this.word);
		if (!m) return;
		// A doubled letter lost to squeezing ("tanganya" is tangan-nya, "adiku" adik-ku) is tried first.
		this.apply([m[1]! + m[2]![0]!, m[1]!], m[2]!, type, undefined, m[1]!);
	}
	removeSuffixes() {
		for (const [re, type] of [
			[PARTICLE, 'particle'],
			[PRONOUN, 'pronoun'],
			[SUFFIX, 'suffix']
		] as const) {
			if (this.done) return;
			this.suffix(re, type);
		}
	}
	private removePrefix(): boolean {
		const w = this.word;
		if (w.length <= 3) return false;
		const plain = /^(di|ke|se)(.{3,})$/.exec(w);
		if (plain) {
			this.apply([plain[2]!, plain[1]!.at(-1)! + plain[2]!], plain[1]!, 'prefix', plain[1]!);
			return true;
		}
		for (const [cls, rule] of RULES) {
			const cands = rule(w)?.filter((c) => c.length >= 2);
			if (cands?.length) {
				this.apply(cands, w.slice(0, w.length - cands[0]!.length), 'prefix', cls);
				return true;
			}
		}
		return false;
	}
	removePrefixes() {
		for (let i = 0; i < 3 && !this.done; i++) {
			const before = this.removals.at(-1);
			if (!this.removePrefix()) return;
			// The same prefix twice in a row is not Indonesian morphology ("dididik" is di-didik).
			const last = this.removals.at(-1)!;
			if (before?.type === 'prefix' && before.part === last.part) return;
		}
	}
	/** Gives removed suffixes back one by one, innermost first, and tries the prefixes again (ECS). */
	restoreSuffixes() {
		const firstPrefix = this.removals.find((r) => r.type === 'prefix');
		if (firstPrefix) this.word = firstPrefix.subject;
		const kept = this.removals.filter((r) => r.type !== 'prefix');
		const word = this.word;
		for (const r of [...kept].reverse()) {
			const outer = kept.slice(0, kept.indexOf(r));
			const attempt = (w: string, removals: Removal[]) => {
				this.removals = removals;
				this.word = w;
				this.removePrefixes();
				return this.done;
			};
			// "-kan" may be a root's k and the suffix -an (Sastrawi), then the suffix is given back.
			if (
				r.part === 'kan' &&
				attempt(r.result + 'k', [...outer, { ...r, part: 'an', result: r.result + 'k' }])
			)
				return;
			if (attempt(r.subject, outer)) return;
			// Squeezing may have merged a root's last letters into the suffix: perpustaka-an → "perpustakan".
			for (let i = r.part === 'kan' ? 2 : 1; i < r.part.length; i++) {
				const alt = r.result + r.part.slice(0, i);
				if (attempt(alt, [...outer, { ...r, part: r.part.slice(i), result: alt }])) return;
			}
		}
		this.removals = kept;
		this.word = word;
	}
}

function result(ctx: Context): Stem {
	const prefix = ctx.removals.find((r) => r.type === 'prefix')?.cls ?? '';
	const pronoun = ctx.removals.find((r) => r.type === 'pronoun')?.part ?? null;
	return { root: ctx.word, prefix, pronoun, found: true };
}

function singular(word: string, isRoot: IsRoot): Stem {
	const none: Stem = { root: word, prefix: '', pronoun: null, found: false };
	if (isRoot(word)) return { ...none, found: true };
	if (word.length <= 3) return none;
	const ctx = new Context(word, isRoot);
	if (PRECEDENCE.test(word)) {
		ctx.removePrefixes();
		if (ctx.done) return result(ctx);
		ctx.removeSuffixes();
		if (ctx.done) return result(ctx);
		ctx.word = word;
		ctx.removals = [];
	}
	ctx.removeSuffixes();
	if (ctx.done) return result(ctx);
	ctx.removePrefixes();
	if (ctx.done) return result(ctx);
	ctx.restoreSuffixes();
	if (ctx.done) return result(ctx);
	const inner = infix(word);
	if (inner && isRoot(inner[0]!)) return { root: inner[0]!, prefix: '', pronoun: null, found: true };
	return none;
}

/** Stems a lower-case, squeezed word; `isRoot` says whether a word is in the root dictionary. */
export function stemWord(word: string, isRoot: IsRoot): Stem {
	const dash = /^([a-z]+)-([a-z]+)$/.exec(word);
	if (!dash) return singular(word, isRoot);
	const [, a, b] = dash as unknown as [string, string, string];
	// "bukunya-lah" style particles, then reduplication: "pukul-pukul", "dipegang-pegang", "kata-katai".
	if (/^(?:ku|mu|nya|lah|kah|tah|pun)$/.test(b)) return singular(a + b, isRoot);
	const first = singular(a, isRoot);
	const second = singular(b, isRoot);
	if (first.found && second.found && first.root === second.root) return first;
	if (second.found && a.endsWith(second.root)) return { ...second, prefix: first.prefix || second.prefix };
	if (first.found && (b === first.root || b.startsWith(first.root))) return first;
	return { root: word, prefix: '', pronoun: null, found: false };
}
