import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export { CHILD_MIN_PASSWORD, STAFF_MIN_PASSWORD, PASSWORD_MAX as MAX_PASSWORD } from '../../limits';

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// A fixed hash verified against when the account does not exist, so both paths take as long
// and a failed sign-in does not tell whether the account exists.
const DUMMY_HASH =
	'$argon2id$v=19$m=19456,t=2,p=1$T6SHstTUkZxzuduyHalt+Q$xKgmIdUPLmNJBYG0D8193K4K+WCZ1dvLMyMx0aZXdck';

export async function dummyVerify(password: string): Promise<false> {
	await verifyPassword(DUMMY_HASH, password);
	return false;
}
