// Guessing a secret must not be faster in parallel: many requests sent at once get no more checks than
// the same requests sent one at a time. Each test fires a batch with Promise.all, the right secret among
// wrong ones, and counts how often the secret was really checked (argon2 verifications, authenticator
// code matches, invite code claims).
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addUser } from '../account/test-helpers';
import { completeChallenge, startChallenge } from '../auth/challenge';
import { hashPassword } from '../auth/password';
import { disable, enable, hasSecondFactor, status } from '../auth/second-factor';
import { codeAt, matchStep } from '../auth/totp';
import { createTestDb } from '../db/test-db';
import { passwordResetCodes, users } from '../db/schema';
import { DomainError } from '../errors';
import * as regions from '../regions';
import { issueResetCode, MAX_FAILED_ATTEMPTS, resetWithCode } from '../users/reset';
import { signIn } from '../users/sign-in';
import { createCodes, redeem as redeemCode } from '../verification';
import { addAccount, userRow } from '../verification/test-helpers';
import * as inviteTries from './invite-tries';
import { RateLimited, RULES } from './limits';

// The real functions, only counted.
vi.mock('@node-rs/argon2', async (importOriginal) => {
	const real = await importOriginal<typeof import('@node-rs/argon2')>();
	return { ...real, verify: vi.fn(real.verify) };
});
vi.mock('../auth/totp', async (importOriginal) => {
	const real = await importOriginal<typeof import('../auth/totp')>();
	return { ...real, matchStep: vi.fn(real.matchStep) };
});
vi.mock('../verification/redeem', async (importOriginal) => {
	const real = await importOriginal<typeof import('../verification/redeem')>();
	return { ...real, redeem: vi.fn(real.redeem) };
});

const passwordChecks = () => vi.mocked(verify).mock.calls.length;
const codeChecks = () => vi.mocked(matchStep).mock.calls.length;
const inviteChecks = () => vi.mocked(redeemCode).mock.calls.length;

const { db, cleanup } = createTestDb();
afterAll(cleanup);
regions.ensureShipped(db);

const PASSWORD = 'sandi-yang-benar-sekali';
let passwordHash: string;
beforeAll(async () => {
	passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => vi.clearAllMocks());

const T0 = new Date('2026-11-23T08:00:00Z');
let n = 0;
let addressNo = 0;
/** An address of its own per test, so only the per-account limit is met. */
const address = () => `10.77.${++addressNo}.1`;

/** What a person is told: limited, a domain error code, or the outcome itself. */
const outcome = (run: () => unknown) =>
	Promise.resolve()
		.then(run)
		.then(
			() => 'right',
			(e: unknown) => (e instanceof RateLimited ? 'limited' : e instanceof DomainError ? e.code : 'crash')
		);

/** `size` guesses at once, the right one at `rightAt`; what each was told, in order. */
function batch(size: number, rightAt: number, guess: (i: number, right: boolean) => unknown) {
	return Promise.all(Array.from({ length: size }, (_, i) => outcome(() => guess(i, i === rightAt))));
}

function staffWithApp(): { id: string; username: string; secret: Uint8Array } {
	const username = `staf.tebak${++n}`;
	const id = addUser(db, username, { kind: 'staff', passwordHash });
	const secret = decodeBase32IgnorePadding((status(db, id).setup?.secretText ?? '').replace(/ /g, ''));
	enable(db, id, codeAt(secret, T0), T0);
	return { id, username, secret };
}

describe('guessing in parallel is no faster than one at a time', () => {
	it(`signing in: 30 at once for one nickname check at most ${RULES.password.points} passwords, and the right one waits`, async () => {
		const nickname = `anak_tebak${++n}`;
		addUser(db, nickname, { passwordHash });
		const ip = address();
		const told = await batch(30, 14, (i, right) =>
			signIn(db, { login: nickname, password: right ? PASSWORD : `salah-${i}-sandi`, ip }, T0)
		);
		expect(passwordChecks()).toBeLessThanOrEqual(RULES.password.points);
		expect(told[14]).toBe('limited');
		expect(told.filter((t) => t === 'limited')).toHaveLength(30 - RULES.password.points);
		expect(told).not.toContain('right');
	});

	it('signing in: the same for a name with no account (the same answers, never an argon2 run more)', async () => {
		const told = await batch(30, -1, (i) =>
			signIn(db, { login: `tidak_ada${n}`, password: `salah-${i}-sandi`, ip: address() }, T0)
		);
		expect(passwordChecks()).toBeLessThanOrEqual(RULES.password.points);
		expect(told.filter((t) => t === 'login_failed')).toHaveLength(RULES.password.points);
		expect(told.filter((t) => t === 'limited')).toHaveLength(30 - RULES.password.points);
	});

	it('turning the second factor off with the password: 15 at once check at most 5, and it stays on', async () => {
		const { id } = staffWithApp();
		vi.clearAllMocks();
		const told = await batch(15, 7, (i, right) =>
			disable(db, id, { password: right ? PASSWORD : `bukan-sandinya-${i}` }, T0)
		);
		expect(passwordChecks()).toBeLessThanOrEqual(5);
		expect(told[7]).toBe('limited');
		expect(hasSecondFactor(db, id)).toBe(true);
	});

	it('turning the second factor off with a code: 15 at once match at most 5, and it stays on', async () => {
		const { id, secret } = staffWithApp();
		vi.clearAllMocks();
		const told = await batch(15, 7, (_i, right) =>
			disable(db, id, { code: right ? codeAt(secret, new Date(T0.getTime() + 30_000)) : '000000' }, T0)
		);
		expect(codeChecks()).toBeLessThanOrEqual(RULES.totp.points);
		expect(told[7]).toBe('limited');
		expect(hasSecondFactor(db, id)).toBe(true);
	});

	it('the code after the password: 30 at once match at most 5, and the right one opens nothing', async () => {
		const { id, secret } = staffWithApp();
		const { token } = startChallenge(db, id, T0);
		vi.clearAllMocks();
		const right = codeAt(secret, new Date(T0.getTime() + 30_000));
		const told = await batch(30, 14, (_i, isRight) =>
			completeChallenge(db, token, isRight ? right : '000000', T0)
		);
		expect(codeChecks()).toBeLessThanOrEqual(RULES.totp.points);
		expect(told).not.toContain('right');
	});

	it('setting the second factor up: after 5 wrong first codes the right one waits too', async () => {
		const id = addUser(db, `staf.pasang${++n}`, { kind: 'staff', passwordHash });
		const secret = decodeBase32IgnorePadding((status(db, id).setup?.secretText ?? '').replace(/ /g, ''));
		const told = await batch(8, 7, (_i, right) => enable(db, id, right ? codeAt(secret, T0) : '000000', T0));
		expect(codeChecks()).toBeLessThanOrEqual(RULES.totp.points);
		expect(told[7]).toBe('limited');
		expect(hasSecondFactor(db, id)).toBe(false);
	});

	it(`reset codes: 30 at once try at most ${MAX_FAILED_ATTEMPTS} codes, and the right one is refused`, async () => {
		const admin = addUser(db, `admin.reset${++n}`, { kind: 'staff', roles: ['admin'] });
		const nickname = `anak_lupa${n}`;
		const id = addUser(db, nickname, { passwordHash });
		const code = issueResetCode(db, admin, id, 24, 'lupa sandi', T0);
		const told = await batch(30, 14, (i, right) =>
			resetWithCode(
				db,
				{
					login: nickname,
					code: right ? code : `AAAAA-AAA${'ABCDEFGHJKLMNPQRSTUVWXYZ234567'[i]}A`,
					password: 'sandi-baru-sekali',
					ip: address()
				},
				new Date(T0.getTime() + 60_000)
			)
		);
		expect(told[14]).not.toBe('right');
		const row = db.select().from(passwordResetCodes).where(eq(passwordResetCodes.userId, id)).get();
		expect(row?.failedAttempts).toBeLessThanOrEqual(MAX_FAILED_ATTEMPTS);
		expect(db.select().from(users).where(eq(users.id, id)).get()?.passwordHash).toBe(passwordHash);
	});

	it(`invite codes: 30 at once try at most ${RULES.invite_code_account.points}, and the right one verifies nobody`, async () => {
		const facilitator = addAccount(db, `fasil.undangan${++n}`, ['fasilitator']);
		const [good] = createCodes(db, facilitator, {
			label: 'SD Negeri 3',
			desaCode: null,
			maxUses: 100,
			expiresAt: new Date(Date.now() + 30 * 86_400_000),
			count: 1
		});
		const child = addAccount(db, `anak.undangan${n}`, ['anak']);
		const ip = address();
		vi.clearAllMocks();
		const told = await batch(30, 14, (_i, right) =>
			inviteTries.redeem(db, { id: child }, right ? good!.code : 'ZZZZ-ZZZZ', ip)
		);
		expect(inviteChecks()).toBeLessThanOrEqual(RULES.invite_code_account.points);
		expect(told[14]).toBe('limited');
		expect(userRow(db, child)?.verifiedAt).toBeNull();
	});
});
