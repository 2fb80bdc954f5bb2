// The stemmer, on the word forms children write: standard affixes, informal ones, Malay spellings.
import { describe, expect, it } from 'vitest';
import { normaliseWord } from './normalise';
import { ruleRoots } from './phrases';
import { stemWord } from './stem';
import { isKnownRoot, rootOf } from './tokens';

const stem = (word: string) => rootOf(normaliseWord(word));

describe('reducing words to their root', () => {
	it.each([
		// Standard morphology (Nazief–Adriani / confix stripping)
		['dipukul', 'pukul', 'di'],
		['dipukuli', 'pukul', 'di'],
		['memukul', 'pukul', 'me'],
		['pukulan', 'pukul', ''],
		['terpukul', 'pukul', 'ter'],
		['menampar', 'tampar', 'me'],
		['menendang', 'tendang', 'me'],
		['menyiksa', 'siksa', 'me'],
		['mengancam', 'ancam', 'me'],
		['mengurung', 'kurung', 'me'],
		['dikunci', 'kunci', 'di'],
		['pelecehan', 'leceh', 'pe'],
		['perundungan', 'rundung', 'pe'],
		['pemerkosaan', 'perkosa', 'pe'],
		['diperkosa', 'perkosa', 'di'],
		['kekerasan', 'keras', 'ke'],
		['kelaparan', 'lapar', 'ke'],
		['penganiayaan', 'aniaya', 'pe'],
		['dinikahkan', 'nikah', 'di'],
		['pernikahan', 'nikah', 'pe'],
		['berhenti', 'henti', 'ber'],
		['bekerja', 'kerja', 'ber'],
		['belajar', 'ajar', 'ber'],
		['memperbaiki', 'baik', 'me'],
		['ketahuan', 'tahu', 'ke'],
		['menyakiti', 'sakit', 'me'],
		['pengedar', 'edar', 'pe'],
		['menikah', 'nikah', 'me'],
		['pemerintah', 'perintah', 'pe'],
		['sebelah', 'belah', 'se'],
		['bermain', 'main', 'ber'],
		// Doubled letters lost to squeezing: diikat, menggunakan, adikku, jalannya
		['diikat', 'ikat', 'di'],
		['adikku', 'adik', ''],
		['jalannya', 'jalan', ''],
		['perpustakaan', 'pustaka', 'pe'],
		// Informal: -in, nasal prefixes without me-
		['dipukulin', 'pukul', 'di'],
		['pukulin', 'pukul', ''],
		['mukul', 'pukul', 'me'],
		['mukulin', 'pukul', 'me'],
		['nampar', 'tampar', 'me'],
		['nendang', 'tendang', 'me'],
		['nyiksa', 'siksa', 'me'],
		['nyuruh', 'suruh', 'me'],
		['ngancam', 'ancam', 'me'],
		['ngunci', 'kunci', 'me'],
		['ngeroyok', 'keroyok', 'me'],
		['ngebully', 'buly', 'me'],
		['nyebarin', 'sebar', 'me'],
		['dikasih', 'kasih', 'di'],
		['dikurung', 'kurung', 'di'],
		// Slang and Malay roots after an affix
		['dipukol', 'pukul', 'di'],
		['dikasi', 'kasih', 'di'],
		['dibuli', 'buly', 'di'],
		// Reduplication
		['pegang-pegang', 'pegang', ''],
		['dipegang-pegang', 'pegang', 'di'],
		['anak-anak', 'anak', ''],
		// Roots and little words stay as they are
		['makan', 'makan', ''],
		['makanan', 'makanan', ''],
		['tidak', 'tidak', ''],
		['ngaku', 'ngaku', '']
	])('%s → %s (%s)', (word, root, prefix) => {
		const s = stem(word);
		expect({ root: s.root, prefix: s.prefix }).toEqual({ root: normaliseWord(root), prefix });
	});

	it('splits a pronoun ending off as a word of its own', () => {
		expect(stem('kamarku')).toMatchObject({ root: 'kamar', pronoun: 'ku' });
		expect(stem('memukulku')).toMatchObject({ root: 'pukul', prefix: 'me', pronoun: 'ku' });
		expect(stem('ayahnya')).toMatchObject({ root: 'ayah', pronoun: 'nya' });
	});

	it('leaves a word whose root it does not know as it is', () => {
		expect(stemWord('dipukul', () => false)).toEqual({
			root: 'dipukul',
			prefix: '',
			pronoun: null,
			found: false
		});
		expect(stemWord('digetok', (w) => w === 'getok')).toMatchObject({ root: 'getok', found: true });
	});

	it('tries prefixes before suffixes for di-…-i and me-…-i confixes, then gives suffixes back', () => {
		const dict = new Set(['kunci', 'sakit', 'kira', 'masak']);
		const has = (w: string) => dict.has(w);
		expect(stemWord('dikunci', has).root).toBe('kunci');
		expect(stemWord('menyakiti', has).root).toBe('sakit');
		// "-kan" read as a root's k and "-an": dimasakan → masak + -an
		expect(stemWord('dimasakkan', has).root).toBe('masak');
	});

	it('knows every root the phrase rules name', () => {
		const unknown = ruleRoots().filter((w) => !isKnownRoot(w));
		expect(unknown).toEqual([]);
	});
});
