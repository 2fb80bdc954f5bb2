import { describe, expect, it } from 'vitest';
import { normalise, normaliseWord, originalSpan, squeezePattern } from './normalise';

describe('normalising text for screening', () => {
	it.each([
		['ANJING', 'anjing'],
		['Anjíng', 'anjing'],
		['g0bl0k', 'goblok'],
		['4nj1ng', 'anjing'],
		['$etan', 'setan'],
		['@nj!ng', 'anjing'],
		['a n j i n g', 'anjing'],
		['a.n.j.i.n.g', 'anjing'],
		['4 n j 1 n g', 'anjing'],
		['anjiiing', 'anjing'],
		['blo\u2019on', 'blon'],
		['an\u200Bjing', 'anjing'],
		['ｇｏｂｌｏｋ', 'goblok'],
		['kelas 6 tahun 2027 pukul 3', 'kelas 6 tahun 2027 pukul 3'],
		['1 2 3 4 5', '1 2 3 4 5'],
		['anjing!', 'anjing!'],
		['tinggal di sini', 'tingal di sini']
	])('%s → %s', (text, expected) => {
		expect(normalise(text).text).toBe(expected);
	});

	it('remembers where each character came from', () => {
		const n = normalise('ya a n j i n g!');
		const at = n.text.indexOf('anjing');
		const span = originalSpan(n, at, at + 'anjing'.length);
		expect('ya a n j i n g!'.slice(span.s, span.e)).toBe('a n j i n g');
	});

	it('normalises list words the same way', () => {
		expect(normaliseWord('  Dipegang   Pegang ')).toBe('dipegang pegang');
	});

	it('squeezes letters in patterns but leaves escapes alone', () => {
		expect(squeezePattern('tinggal')).toBe('tingal');
		expect(squeezePattern('\\bbodoh')).toBe('\\bbodoh');
		expect(squeezePattern('\\s+sama')).toBe('\\s+sama');
		expect(squeezePattern('(?:ku|aku)')).toBe('(?:ku|aku)');
	});
});
