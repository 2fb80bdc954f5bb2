import { describe, expect, it } from 'vitest';
import { dummyVerify, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
	it('verifies the password it hashed', async () => {
		const hash = await hashPassword('kuda-lari-cepat');
		expect(await verifyPassword(hash, 'kuda-lari-cepat')).toBe(true);
	});

	it('stores an argon2id hash with the OWASP baseline parameters, not the password', async () => {
		const hash = await hashPassword('kuda-lari-cepat');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(hash).not.toContain('kuda-lari-cepat');
	});

	it('salts each hash, so the same password hashes differently', async () => {
		const [a, b] = await Promise.all([hashPassword('sama-saja-123'), hashPassword('sama-saja-123')]);
		expect(a).not.toBe(b);
	});

	it('rejects a wrong password', async () => {
		const hash = await hashPassword('kuda-lari-cepat');
		expect(await verifyPassword(hash, 'kuda-lari-lambat')).toBe(false);
	});

	it('rejects a password differing only in case', async () => {
		const hash = await hashPassword('kuda-lari-cepat');
		expect(await verifyPassword(hash, 'Kuda-Lari-Cepat')).toBe(false);
	});

	it.each([
		['garbage', 'not-a-hash'],
		['an empty string', ''],
		['a truncated argon2 hash', '$argon2id$v=19$m=19456,t=2,p=1$abc']
	])('returns false instead of throwing for %s as the stored hash', async (_label, stored) => {
		expect(await verifyPassword(stored, 'kuda-lari-cepat')).toBe(false);
	});

	it('dummyVerify always returns false', async () => {
		expect(await dummyVerify('apa-saja-123')).toBe(false);
		expect(await dummyVerify('')).toBe(false);
	});
});
