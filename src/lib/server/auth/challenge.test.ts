import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addUser } from '../account/test-helpers';
import { createTestDb } from '../db/test-db';
import { signInChallenges, users } from '../db/schema';
import { DomainError } from '../errors';
import { RateLimited } from '../security/limits';
import {
	CHALLENGE_LIFETIME,
	cancelChallenge,
	completeChallenge,
	isPending,
	MAX_CHALLENGE_ATTEMPTS,
	startChallenge
} from './challenge';
import { enable, status } from './second-factor';
import { invalidateUserSessions } from './session';
import { codeAt } from './totp';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const T0 = new Date('2026-11-23T08:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

let n = 0;
function staffWithApp(): { id: string; secret: Uint8Array } {
	const id = addUser(db, `kode${++n}`, { kind: 'staff', roles: ['bappeda'] });
	const secret = decodeBase32IgnorePadding((status(db, id).setup?.secretText ?? '').replace(/ /g, ''));
	enable(db, id, codeAt(secret, later(-120)), later(-120));
	return { id, secret };
}

async function errorCode(run: () => unknown): Promise<string> {
	try {
		await run();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return 'none';
}

describe('sign-in challenge (password right, code to come)', () => {
	it('lets the right code through once and is then used up', async () => {
		const { id, secret } = staffWithApp();
		const { token, expiresAt } = startChallenge(db, id, T0);
		expect(expiresAt.getTime()).toBe(T0.getTime() + CHALLENGE_LIFETIME);
		expect(isPending(db, token, T0)).toBe(true);
		expect(completeChallenge(db, token, codeAt(secret, later(10)), later(10))).toBe(id);
		expect(isPending(db, token, later(10))).toBe(false);
		expect(await errorCode(() => completeChallenge(db, token, codeAt(secret, later(40)), later(40)))).toBe(
			'totp_challenge_gone'
		);
	});

	it('stores only the hash of its token', () => {
		const { id } = staffWithApp();
		const { token } = startChallenge(db, id, T0);
		const rows = db.select().from(signInChallenges).where(eq(signInChallenges.userId, id)).all();
		expect(rows).toHaveLength(1);
		expect(JSON.stringify(rows)).not.toContain(token);
	});

	it('refuses a wrong code and keeps waiting, then gives up after five', async () => {
		const { id, secret } = staffWithApp();
		const { token } = startChallenge(db, id, T0);
		for (let i = 1; i < MAX_CHALLENGE_ATTEMPTS; i++)
			expect(await errorCode(() => completeChallenge(db, token, '000000', later(i)))).toBe('totp_code_wrong');
		expect(isPending(db, token, later(10))).toBe(true);
		expect(await errorCode(() => completeChallenge(db, token, '000000', later(11)))).toBe(
			'totp_challenge_gone'
		);
		expect(isPending(db, token, later(12))).toBe(false);
		// Even the right code is too late now: the password comes first again.
		expect(await errorCode(() => completeChallenge(db, token, codeAt(secret, later(13)), later(13)))).toBe(
			'totp_challenge_gone'
		);
	});

	it('refuses a code already used for an earlier sign-in (replay)', async () => {
		const { id, secret } = staffWithApp();
		const code = codeAt(secret, later(5));
		const first = startChallenge(db, id, T0);
		expect(completeChallenge(db, first.token, code, later(5))).toBe(id);
		const second = startChallenge(db, id, later(6));
		expect(await errorCode(() => completeChallenge(db, second.token, code, later(7)))).toBe(
			'totp_code_wrong'
		);
	});

	it('expires after ten minutes', async () => {
		const { id, secret } = staffWithApp();
		const { token } = startChallenge(db, id, T0);
		const end = CHALLENGE_LIFETIME / 1000;
		expect(isPending(db, token, later(end - 1))).toBe(true);
		expect(isPending(db, token, later(end))).toBe(false);
		expect(await errorCode(() => completeChallenge(db, token, codeAt(secret, later(end)), later(end)))).toBe(
			'totp_challenge_gone'
		);
	});

	it('limits wrong codes per account across new challenges, saying when to retry', async () => {
		const { id, secret } = staffWithApp();
		for (let round = 0; round < 2; round++) {
			const { token } = startChallenge(db, id, T0);
			for (let i = 0; i < 3; i++) await errorCode(() => completeChallenge(db, token, '000000', T0));
		}
		const { token } = startChallenge(db, id, T0);
		const e = await Promise.resolve()
			.then(() => completeChallenge(db, token, codeAt(secret, later(1)), later(1)))
			.catch((err: unknown) => err);
		expect(e).toBeInstanceOf(RateLimited);
		expect((e as RateLimited).retryAfterMinutes).toBe(15);
	});

	it('ends for a deactivated account, with its sessions, and for a cancelled one', async () => {
		const { id, secret } = staffWithApp();
		const { token } = startChallenge(db, id, T0);
		db.update(users).set({ deactivatedAt: T0 }).where(eq(users.id, id)).run();
		expect(isPending(db, token, T0)).toBe(false);
		expect(await errorCode(() => completeChallenge(db, token, codeAt(secret, later(1)), later(1)))).toBe(
			'totp_challenge_gone'
		);
		invalidateUserSessions(db, id);
		expect(
			db.select({ n: count() }).from(signInChallenges).where(eq(signInChallenges.userId, id)).get()?.n
		).toBe(0);

		const other = staffWithApp();
		const pending = startChallenge(db, other.id, T0);
		cancelChallenge(db, pending.token);
		expect(isPending(db, pending.token, T0)).toBe(false);
	});

	it('sweeps challenges nobody finished', () => {
		const { id } = staffWithApp();
		startChallenge(db, id, T0);
		startChallenge(db, id, later(CHALLENGE_LIFETIME / 1000 + 1));
		expect(
			db.select({ n: count() }).from(signInChallenges).where(eq(signInChallenges.userId, id)).get()?.n
		).toBe(1);
	});
});
