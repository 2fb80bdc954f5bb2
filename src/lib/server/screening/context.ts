// Where a word stands: after a negation ("tidak pernah dipukul") or in a sentence about an issue rather
// than a story ("sosialisasi stop kekerasan"). Used to set phrase hits aside and by the classifier.
import type { Token } from './tokens';

const NEGATION = new Set(['tidak', 'bukan', 'belum', 'tanpa', 'tiada']);
/** Words that may stand between a negation and what it denies: "tidak ada lagi yang dibully". */
const FILLER = new Set([
	'ada',
	'pernah',
	'lagi',
	'yang',
	'juga',
	'sih',
	'kok',
	'kan',
	'terjadi',
	'kasus',
	'anak',
	'murid',
	'siswa',
	'teman',
	'orang',
	'pun',
	'sama',
	'sekali',
	'boleh',
	'akan',
	'lah',
	'satu'
]);
/** Words of a sentence that talks about an issue rather than telling of it. */
const TOPIC = new Set([
	'sosialisasi',
	'kampanye',
	'stop',
	'cegah',
	'anti',
	'berantas',
	'bahaya',
	'edukasi',
	'suluh',
	'seminar',
	'webinar',
	'materi',
	'lomba',
	'poster',
	'spanduk',
	'tentang',
	'mengenai',
	'berita',
	'menurut',
	'pidato',
	'drama',
	'parenting'
]);
const CLAUSE = new Set(['.', ',', 'tapi', 'tetapi', 'namun', 'padahal', 'melainkan', 'cuma', 'hanya']);
/** A campaign word may open the sentence before a comma ("Menurut data dinas, banyak anak…"). */
const SENTENCE = new Set(['.', 'tapi', 'tetapi', 'namun', 'padahal', 'melainkan']);
const FIRST_PERSON = new Set(['aku', 'saya']);

/** Whether the token at `from` follows a negation, maybe over little words: "tidak ada lagi yang dibully". */
export function negated(tokens: Token[], from: number): boolean {
	for (let j = from - 1; j >= 0 && j >= from - 5; j--) {
		const root = tokens[j]!.root;
		if (NEGATION.has(root)) return true;
		if (!FILLER.has(root)) return false;
	}
	return false;
}

/** A campaign or news word in the same clause, and no "aku"/"saya" in the hit or between. */
export function topical(tokens: Token[], from: number, to: number): boolean {
	const isTopic = (t: Token) => TOPIC.has(t.root) || (t.prefix === 'pe' && t.root === 'latih');
	if (tokens.slice(from, to).some((t) => FIRST_PERSON.has(t.root))) return false;
	for (let j = from - 1; j >= 0 && j >= from - 10; j--) {
		const t = tokens[j]!;
		if (SENTENCE.has(t.root) || FIRST_PERSON.has(t.root)) break;
		if (isTopic(t)) return true;
	}
	for (let j = to; j < tokens.length && j < to + 8; j++) {
		const t = tokens[j]!;
		if (CLAUSE.has(t.root) || FIRST_PERSON.has(t.root)) break;
		if (isTopic(t)) return true;
	}
	return false;
}
