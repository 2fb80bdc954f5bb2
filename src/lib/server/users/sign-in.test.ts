import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addUser } from '../account/test-helpers';
import { isPending } from '../auth/challenge';
import { hashPassword } from '../auth/password';
import { enable, status } from '../auth/second-factor';
import { codeAt } from '../auth/totp';
import { setRequiredRoles } from '../auth/totp-policy';
import { createTestDb } from '../db/test-db';
import { users } from '../db/schema';
import { DomainError } from '../errors';
import * as regions from '../regions';
import { RateLimited } from '../security/limits';
import { MAX_PER_ACCOUNT } from '../security/password-tries';
import { createStaff } from './admin';
import { registerChild } from './register';
import { authenticate, findByLogin, signIn } from './sign-in';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const PASSWORD = 'sandi-yang-benar-12';
let passwordHash: string;
let adminId: string;
beforeAll(async () => {
	passwordHash = await hashPassword(PASSWORD);
	adminId = addUser(db, 'admin.masuk', { kind: 'staff', roles: ['admin'], passwordHash });
});
const T0 = new Date('2026-11-23T08:00:00Z');
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const ip = '10.20.0.1';
const attempt = (login: string, password = PASSWORD) => signIn(db, { login, password, ip }, T0);
const failure = (login: string, password: string) =>
	attempt(login, password).then(
		() => 'signed in',
		(e: unknown) => (e instanceof RateLimited ? 'limited' : e instanceof DomainError ? e.code : 'crash')
	);

describe('signing in', () => {
	it('opens a session for the right password, by any case of the name', async () => {
		const id = addUser(db, 'Anak_Masuk', { passwordHash });
		expect(await attempt('anak_masuk')).toEqual({ next: 'session', userId: id });
	});

	it('gives one answer for a wrong password, an unknown name and an inactive account', async () => {
		const id = addUser(db, 'anak_nonaktif', { passwordHash });
		db.update(users).set({ deactivatedAt: T0 }).where(eq(users.id, id)).run();
		expect(await failure('anak_masuk', 'salah-sekali')).toBe('login_failed');
		expect(await failure('tidak_ada_nama_ini', PASSWORD)).toBe('login_failed');
		expect(await failure('anak_nonaktif', PASSWORD)).toBe('login_failed');
	});

	it('makes a guessed name wait, even for the right password, and says so', async () => {
		addUser(db, 'anak_tebak', { passwordHash });
		for (let i = 0; i < MAX_PER_ACCOUNT; i++)
			expect(await failure('anak_tebak', `salah-${i}`)).toBe('login_failed');
		expect(await failure('anak_tebak', PASSWORD)).toBe('limited');
	});

	it('counts every name of a staff account on one counter: wrong with the username, then the email waits', async () => {
		addUser(db, 'admin.kunci', { kind: 'staff', roles: ['admin'], passwordHash });
		for (let i = 0; i < MAX_PER_ACCOUNT; i++)
			expect(await failure(i % 2 ? 'ADMIN.KUNCI' : 'admin.kunci', `salah-${i}`)).toBe('login_failed');
		expect(await failure('admin.kunci@dinas.test', 'salah-lagi')).toBe('limited');
		expect(await failure('Admin.Kunci@Dinas.Test', PASSWORD)).toBe('limited');
		expect(await failure('admin.kunci', PASSWORD)).toBe('limited');
	});

	it('and the other way round: wrong with the email, then the username waits', async () => {
		addUser(db, 'bappeda.kunci', { kind: 'staff', roles: ['bappeda'], passwordHash });
		for (let i = 0; i < MAX_PER_ACCOUNT; i++)
			expect(await failure('bappeda.kunci@dinas.test', `salah-${i}`)).toBe('login_failed');
		expect(await failure('bappeda.kunci', PASSWORD)).toBe('limited');
	});

	it('gives a name with no account a counter of its own, with the same answers as an account', async () => {
		addUser(db, 'anak_tetangga', { passwordHash });
		for (let i = 0; i < MAX_PER_ACCOUNT; i++) {
			expect(await failure('tidak_ada_siapa', `salah-${i}`)).toBe('login_failed');
			expect(await failure('anak_tetangga', `salah-${i}`)).toBe('login_failed');
		}
		expect(await failure('tidak_ada_siapa', PASSWORD)).toBe('limited');
		expect(await failure('anak_tetangga', PASSWORD)).toBe('limited');
		// Another unknown name, and another account, are not held up by those.
		expect(await failure('tidak_ada_juga', PASSWORD)).toBe('login_failed');
		addUser(db, 'anak_lain_lagi', { passwordHash });
		expect(await failure('anak_lain_lagi', PASSWORD)).toBe('signed in');
	});

	it('a right password clears the wrong ones of every name of the account', async () => {
		addUser(db, 'fasil.lupa', { kind: 'staff', passwordHash });
		for (let i = 0; i < MAX_PER_ACCOUNT - 1; i++) await failure('fasil.lupa@dinas.test', `salah-${i}`);
		expect(await failure('fasil.lupa', PASSWORD)).toBe('signed in');
		for (let i = 0; i < MAX_PER_ACCOUNT - 1; i++)
			expect(await failure('fasil.lupa@dinas.test', `salah-${i}`)).toBe('login_failed');
		expect(await failure('fasil.lupa', PASSWORD)).toBe('signed in');
	});

	it('asks for the authenticator code when the second factor is on, without a session yet', async () => {
		const id = addUser(db, 'fasil.dua', { kind: 'staff', passwordHash });
		const secret = decodeBase32IgnorePadding((status(db, id).setup?.secretText ?? '').replace(/ /g, ''));
		enable(db, id, codeAt(secret, T0), T0);
		const outcome = await attempt('fasil.dua@dinas.test');
		expect(outcome.next).toBe('code');
		if (outcome.next !== 'code') return;
		expect(outcome.userId).toBe(id);
		expect(isPending(db, outcome.challenge.token, T0)).toBe(true);
	});

	it('sends a staff member of a role that requires it to set the second factor up', async () => {
		const id = addUser(db, 'bappeda.wajib', { kind: 'staff', roles: ['bappeda'], passwordHash });
		setRequiredRoles(db, adminId, ['bappeda']);
		try {
			expect(await attempt('bappeda.wajib')).toEqual({ next: 'setup', userId: id });
		} finally {
			setRequiredRoles(db, adminId, []);
		}
		expect(await attempt('bappeda.wajib')).toEqual({ next: 'session', userId: id });
	});
});

const CHILD_PASSWORD = 'layang-layang';
const STAFF_PASSWORD = 'panjang-sekali-123';
let childId: string;
let staffId: string;

beforeAll(async () => {
	regions.ensureShipped(db);
	childId = await registerChild(db, {
		nickname: 'Sari Ledo',
		password: CHILD_PASSWORD,
		birthYear: 2012,
		birthMonth: 4,
		desaCode: '61.07.03.2001',
		gender: 'perempuan',
		guardianConsent: true
	});
	staffId = await createStaff(db, null, {
		username: 'fasil.ledo',
		email: 'Fasil@Contoh.org',
		displayName: 'Fasilitator Ledo',
		password: STAFF_PASSWORD,
		roles: ['fasilitator'],
		opdId: null
	});
});

describe('authenticate', () => {
	it.each(['Sari Ledo', 'sari ledo', 'SARI LEDO', '  Sari Ledo  '])(
		'signs the child in by nickname %j',
		async (login) => {
			expect(await authenticate(db, login, CHILD_PASSWORD)).toBe(childId);
		}
	);

	it.each(['fasil.ledo', 'FASIL.LEDO', 'fasil@contoh.org', 'FASIL@CONTOH.ORG', ' Fasil@Contoh.org '])(
		'signs staff in by username or email %j',
		async (login) => {
			expect(await authenticate(db, login, STAFF_PASSWORD)).toBe(staffId);
		}
	);

	it('refuses a wrong password', async () => {
		expect(await authenticate(db, 'Sari Ledo', 'layang-layanG')).toBeNull();
		expect(await authenticate(db, 'fasil.ledo', CHILD_PASSWORD)).toBeNull();
	});

	it('refuses an unknown user', async () => {
		expect(await authenticate(db, 'Tidak Ada', CHILD_PASSWORD)).toBeNull();
		expect(await authenticate(db, '', CHILD_PASSWORD)).toBeNull();
	});

	it('refuses a deactivated account even with the right password', async () => {
		db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, staffId)).run();
		try {
			expect(await authenticate(db, 'fasil.ledo', STAFF_PASSWORD)).toBeNull();
		} finally {
			db.update(users).set({ deactivatedAt: null }).where(eq(users.id, staffId)).run();
		}
		expect(await authenticate(db, 'fasil.ledo', STAFF_PASSWORD)).toBe(staffId);
	});
});

describe('findByLogin', () => {
	it('finds by nickname or email whatever the case, and nothing for a stranger', () => {
		expect(findByLogin(db, 'SARI ledo')?.id).toBe(childId);
		expect(findByLogin(db, 'fasil@CONTOH.org')?.id).toBe(staffId);
		expect(findByLogin(db, 'sari')).toBeUndefined();
	});
});
