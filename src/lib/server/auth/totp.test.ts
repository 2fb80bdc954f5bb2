import { describe, expect, it } from 'vitest';
import { codeAt, generateSecret, keyUri, matchStep, normaliseCode, secretText, stepAt } from './totp';

// RFC 6238, appendix B: the SHA-1 seed and the last six digits of its eight-digit codes.
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');
const at = (seconds: number) => new Date(seconds * 1000);

describe('authenticator codes', () => {
	it.each([
		[59, '287082'],
		[1111111109, '081804'],
		[1111111111, '050471'],
		[1234567890, '005924'],
		[2000000000, '279037']
	])('matches the RFC 6238 vector at %i s', (seconds, code) => {
		expect(codeAt(RFC_SECRET, at(seconds))).toBe(code);
	});

	it('accepts the current code and one step either side, nothing further', () => {
		const now = at(1234567890);
		const step = stepAt(now);
		expect(matchStep(RFC_SECRET, codeAt(RFC_SECRET, now), now, null)).toBe(step);
		expect(matchStep(RFC_SECRET, codeAt(RFC_SECRET, at(1234567890 - 30)), now, null)).toBe(step - 1);
		expect(matchStep(RFC_SECRET, codeAt(RFC_SECRET, at(1234567890 + 30)), now, null)).toBe(step + 1);
		expect(matchStep(RFC_SECRET, codeAt(RFC_SECRET, at(1234567890 - 90)), now, null)).toBeNull();
		expect(matchStep(RFC_SECRET, codeAt(RFC_SECRET, at(1234567890 + 90)), now, null)).toBeNull();
	});

	it('refuses a code whose step was already used: each code works once', () => {
		const now = at(1234567890);
		const code = codeAt(RFC_SECRET, now);
		const step = matchStep(RFC_SECRET, code, now, null);
		expect(matchStep(RFC_SECRET, code, now, step)).toBeNull();
		expect(matchStep(RFC_SECRET, code, at(1234567890 + 20), step)).toBeNull();
		// An older code after a newer one was used: refused too.
		expect(matchStep(RFC_SECRET, codeAt(RFC_SECRET, at(1234567890 - 30)), now, step)).toBeNull();
	});

	it('refuses a wrong code, a wrong length and anything not digits', () => {
		const now = at(59);
		for (const bad of ['287083', '28708', '2870822', 'abcdef', '', '28708a', '94287082'])
			expect(matchStep(RFC_SECRET, bad, now, null)).toBeNull();
	});

	it('takes "287 082" as typed from an app that groups the digits', () => {
		expect(normaliseCode(' 287 082 ')).toBe('287082');
		expect(matchStep(RFC_SECRET, '287 082', at(59), null)).toBe(1);
	});

	it('makes random 160-bit secrets shown in groups of four for typing', () => {
		const a = generateSecret();
		expect(a).toHaveLength(20);
		expect(generateSecret()).not.toEqual(a);
		expect(secretText(RFC_SECRET)).toBe('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ');
	});

	it('builds the otpauth address the apps read', () => {
		const uri = keyUri(RFC_SECRET, 'fasilitator');
		expect(uri).toBe(
			'otpauth://totp/Suara%20Anak:fasilitator?issuer=Suara+Anak&algorithm=SHA1&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&period=30&digits=6'
		);
	});
});
