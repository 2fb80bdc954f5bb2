import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

describe('highlighting screening hits', () => {
	it('marks every occurrence, whatever the case', () => {
		expect(highlight('Telepon 0812 atau 0812 ya', ['0812'])).toEqual([
			{ text: 'Telepon ', hit: false },
			{ text: '0812', hit: true },
			{ text: ' atau ', hit: false },
			{ text: '0812', hit: true },
			{ text: ' ya', hit: false }
		]);
		expect(highlight('Dasar GOBLOK', ['goblok']).at(-1)).toEqual({ text: 'GOBLOK', hit: true });
	});

	it('joins overlapping hits and leaves a clean text whole', () => {
		expect(highlight('abcdef', ['bcd', 'cde'])).toEqual([
			{ text: 'a', hit: false },
			{ text: 'bcde', hit: true },
			{ text: 'f', hit: false }
		]);
		expect(highlight('Taman bermain', [])).toEqual([{ text: 'Taman bermain', hit: false }]);
	});
});
