import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, expiryFromDate, generateCode, normaliseCode, wibDate } from './code-format';

describe('generateCode', () => {
	it('makes ABCD-EFGH codes from the alphabet without look-alikes', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateCode();
			expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
			expect(code).not.toMatch(/[01OIL]/);
		}
	});

	it('draws every character of the alphabet and repeats no code in a large sample', () => {
		const codes = Array.from({ length: 2000 }, generateCode);
		expect(new Set(codes).size).toBe(codes.length);
		const seen = new Set(codes.join('').replace(/-/g, ''));
		expect([...seen].sort().join('')).toBe([...CODE_ALPHABET].sort().join(''));
	});
});

describe('normaliseCode', () => {
	it.each([
		['ABCD-EFGH', 'ABCD-EFGH'],
		['abcd-efgh', 'ABCD-EFGH'],
		['abcdefgh', 'ABCD-EFGH'],
		['  AbCd EfGh ', 'ABCD-EFGH'],
		['ab-cd-ef-gh', 'ABCD-EFGH'],
		['ABCD\tEFGH', 'ABCD-EFGH'],
		['2345-6789', '2345-6789']
	])('%j becomes %s', (input, expected) => {
		expect(normaliseCode(input)).toBe(expected);
	});

	it.each([
		'',
		'ABCD-EFG',
		'ABCD-EFGHJ',
		'ABCD-EFG0',
		'ABCD-EFGO',
		'ABCD-EFG1',
		'ABCD-EFGI',
		'ABCD-EFGL',
		'ABCD_EFGH',
		'ABCD-EFG%'
	])('%j cannot be a code', (input) => {
		expect(normaliseCode(input)).toBeNull();
	});
});

describe('expiryFromDate', () => {
	it('is the last millisecond of that day in WIB (UTC+7)', () => {
		expect(expiryFromDate('2026-03-31')?.toISOString()).toBe('2026-03-31T16:59:59.999Z');
	});

	it.each(['2026-02-30', '2026-13-01', '31-03-2026', '2026-3-1', '', 'besok'])('refuses %j', (input) => {
		expect(expiryFromDate(input)).toBeNull();
	});

	it('agrees with wibDate, which gives the WIB calendar day of a moment', () => {
		expect(wibDate(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01');
		expect(wibDate(new Date('2026-03-31T16:30:00Z'))).toBe('2026-03-31');
		const d = expiryFromDate('2026-07-04');
		expect(d && wibDate(d)).toBe('2026-07-04');
	});
});
