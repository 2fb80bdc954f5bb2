// Nicknames that read as an office or a staff role. A child named "Bappeda" or "admin" posting ideas
// would look official, and these are exactly the names someone probing /daftar for staff sign-in names
// tries first: refused by this rule, before any lookup, they answer the same whether or not a staff
// account has them (see registerChild). Pure, so the rule is tested without a database.

const OFFICIAL = new Set([
	'admin',
	'administrator',
	'moderator',
	'moderasi',
	'fasilitator',
	'facilitator',
	'bappeda',
	'bapperida',
	'opd',
	'dinas',
	'dinkes',
	'disdik',
	'dinsos',
	'dp3a',
	'pppa',
	'kpai',
	'uptd',
	'satgas',
	'pemda',
	'pemkab',
	'pemkot',
	'bupati',
	'walikota',
	'camat',
	'lurah',
	'petugas',
	'staf',
	'staff',
	'sistem',
	'system',
	'resmi',
	'official',
	'suaraanak',
	'forumanak'
]);

/** Lower case, without the digits at its end: "Admin123" and "admin" are one name. */
const stem = (word: string) => word.toLowerCase().replace(/\d+$/, '');

/** Whether the nickname, or one of its words, is the name of an office or a staff role. */
export function looksOfficial(nickname: string): boolean {
	const text = nickname.normalize('NFKC');
	const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	return [...words, words.join('')].some((w) => OFFICIAL.has(stem(w)));
}
