import { describe, expect, it } from 'vitest';
import { ftsQuery, isPublic, placeLevels, textProblem } from './rules';

const ok = { title: 'Lampu jalan di desa', body: 'x'.repeat(30), cluster: 3 };

describe('idea text rules', () => {
	it.each([
		['a title of 7 characters', { ...ok, title: 'Lampu j' }, ['idea_title_short', 'title']],
		['a title of 121 characters', { ...ok, title: 'a'.repeat(121) }, ['idea_title_long', 'title']],
		[
			'a title padded with spaces to look long',
			{ ...ok, title: '   Lampu    ' },
			['idea_title_short', 'title']
		],
		['a text of 29 characters', { ...ok, body: 'x'.repeat(29) }, ['idea_body_short', 'body']],
		['a text of 2001 characters', { ...ok, body: 'x'.repeat(2001) }, ['idea_body_long', 'body']],
		['cluster 0', { ...ok, cluster: 0 }, ['idea_cluster', 'cluster']],
		['cluster 6', { ...ok, cluster: 6 }, ['idea_cluster', 'cluster']],
		['cluster 2.5', { ...ok, cluster: 2.5 }, ['idea_cluster', 'cluster']]
	])('refuses %s', (_name, input, expected) => {
		expect(textProblem(input)).toEqual(expected);
	});

	it.each([
		['the shortest allowed', { ...ok, title: 'a'.repeat(8), body: 'b'.repeat(30), cluster: 1 }],
		['the longest allowed', { ...ok, title: 'a'.repeat(120), body: 'b'.repeat(2000), cluster: 5 }]
	])('accepts %s', (_name, input) => {
		expect(textProblem(input)).toBeNull();
	});
});

describe('places and visibility', () => {
	it('matches each idea level to the region levels of its place', () => {
		expect(placeLevels('desa')).toEqual(['desa', 'kelurahan']);
		expect(placeLevels('kecamatan')).toEqual(['kecamatan']);
		expect(placeLevels('kabupaten')).toEqual(['kabupaten']);
	});

	it.each([
		['terbit', true],
		['digabung', true],
		['menunggu', false],
		['perlu_perbaikan', false],
		['ditolak', false],
		['ditarik', false],
		['disembunyikan', false],
		['perlindungan', false]
	] as const)('status %s public: %s', (status, expected) => {
		expect(isPublic(status)).toBe(expected);
	});
});

describe('search query', () => {
	it('makes every word a quoted prefix, so typed operators stay plain text', () => {
		expect(ftsQuery('Taman bermain')).toBe('"taman"* "bermain"*');
		expect(ftsQuery('sekolah OR "NEAR(x)" *')).toBe('"sekolah"* "or"* "near"* "x"*');
	});

	it('keeps letters with accents and digits, drops punctuation', () => {
		expect(ftsQuery('café, jalan-2!')).toBe('"café"* "jalan"* "2"*');
	});

	it('returns null when nothing searchable is left', () => {
		expect(ftsQuery('  !!! ')).toBeNull();
	});

	it('for similar ideas joins longer words with OR', () => {
		expect(ftsQuery('Lampu di jalan', 'any')).toBe('"lampu"* OR "jalan"*');
	});
});
