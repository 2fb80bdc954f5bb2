import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../account/test-helpers';
import { createTestDb } from '../db/test-db';
import { auditLog, sessions, totpCredentials, type Role } from '../db/schema';
import { Conflict, Forbidden, Invalid } from '../errors';
import { RateLimited, RULES } from '../security/limits';
import { signIn } from '../users/sign-in';
import { hashPassword } from './password';
import {
	adminReset,
	disable,
	enable,
	hasSecondFactor,
	staffOverview,
	status,
	useCode
} from './second-factor';
import { createSession, generateSessionToken } from './session';
import { codeAt } from './totp';
import { setRequiredRoles } from './totp-policy';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const PASSWORD = 'sandi-staf-panjang';
let passwordHash: string;
let adminId: string;
beforeAll(async () => {
	passwordHash = await hashPassword(PASSWORD);
	adminId = addUser(db, 'admin.uji', { kind: 'staff', roles: ['admin'], passwordHash });
});

const T0 = new Date('2026-11-23T08:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let n = 0;
function staff(roles: Role[] = ['fasilitator']) {
	return addUser(db, `staf${++n}`, { kind: 'staff', roles, passwordHash });
}

/** The secret as the person's app holds it, read from what the page shows. */
function appSecret(userId: string): Uint8Array {
	const shown = status(db, userId).setup?.secretText ?? '';
	return decodeBase32IgnorePadding(shown.replace(/ /g, ''));
}

function turnOn(userId: string): Uint8Array {
	const secret = appSecret(userId);
	enable(db, userId, codeAt(secret, T0), T0);
	return secret;
}

const logged = (action: string, targetId: string) =>
	db
		.select({ n: count() })
		.from(auditLog)
		.where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
		.get()?.n;

describe('second factor: turning on', () => {
	it('shows one waiting secret, the same on every visit, until it is confirmed', () => {
		const id = staff();
		const first = status(db, id);
		expect(first).toMatchObject({ enabled: false, required: false });
		expect(first.setup?.uri).toMatch(/^otpauth:\/\/totp\/Suara%20Anak:staf\d+\?/);
		expect(status(db, id).setup?.secretText).toBe(first.setup?.secretText);
		expect(hasSecondFactor(db, id)).toBe(false);
	});

	it('turns on with the right code from the app, logged', () => {
		const id = staff();
		turnOn(id);
		expect(hasSecondFactor(db, id)).toBe(true);
		expect(status(db, id)).toEqual({ enabled: true, required: false, setup: null });
		expect(logged('user.totp_enable', id)).toBe(1);
	});

	it('stays off with a wrong code', () => {
		const id = staff();
		const secret = appSecret(id);
		const wrong = codeAt(secret, later(-300));
		expect(() => enable(db, id, wrong, T0)).toThrow(Invalid);
		expect(() => enable(db, id, '000000', T0)).toThrow(Invalid);
		expect(hasSecondFactor(db, id)).toBe(false);
		expect(logged('user.totp_enable', id)).toBe(0);
	});

	it('is for staff accounts only', () => {
		const child = addUser(db, `anak${++n}`);
		expect(() => status(db, child)).toThrow(Forbidden);
		expect(() => enable(db, child, '123456', T0)).toThrow(Forbidden);
	});

	it('cannot be turned on twice', () => {
		const id = staff();
		const secret = turnOn(id);
		expect(() => enable(db, id, codeAt(secret, later(30)), later(30))).toThrow(Conflict);
	});
});

describe('second factor: codes', () => {
	it('accepts a right code once, and refuses it replayed', () => {
		const id = staff();
		const secret = turnOn(id);
		const code = codeAt(secret, later(60));
		expect(useCode(db, id, code, later(60))).toBe(true);
		expect(useCode(db, id, code, later(65))).toBe(false);
		expect(useCode(db, id, codeAt(secret, later(90)), later(90))).toBe(true);
	});

	it('refuses the confirming code again at sign-in', () => {
		const id = staff();
		const secret = turnOn(id);
		expect(useCode(db, id, codeAt(secret, T0), later(5))).toBe(false);
	});

	it('refuses a wrong code, and any code for an account without the second factor', () => {
		const id = staff();
		const secret = turnOn(id);
		expect(useCode(db, id, codeAt(secret, later(600)), later(60))).toBe(false);
		const off = staff();
		const pending = appSecret(off);
		expect(useCode(db, off, codeAt(pending, T0), T0)).toBe(false);
	});
});

describe('second factor: turning off and recovery', () => {
	it('turns off with the password, logged', async () => {
		const id = staff();
		turnOn(id);
		await disable(db, id, { password: PASSWORD }, later(60));
		expect(hasSecondFactor(db, id)).toBe(false);
		expect(logged('user.totp_disable', id)).toBe(1);
	});

	it('turns off with a current code', async () => {
		const id = staff();
		const secret = turnOn(id);
		await disable(db, id, { code: codeAt(secret, later(60)) }, later(60));
		expect(hasSecondFactor(db, id)).toBe(false);
	});

	it('stays on with a wrong password or code', async () => {
		const id = staff();
		turnOn(id);
		await expect(disable(db, id, { password: 'bukan-sandinya-ini' }, later(60))).rejects.toThrow(Invalid);
		await expect(disable(db, id, { code: '000000' }, later(60))).rejects.toThrow(Invalid);
		await expect(disable(db, id, {}, later(60))).rejects.toThrow(Invalid);
		expect(hasSecondFactor(db, id)).toBe(true);
	});

	it('wrong passwords here and at sign-in count on one counter: the account then waits at both', async () => {
		const id = staff();
		const username = `staf${n}`;
		turnOn(id);
		const ip = '10.50.0.1';
		for (let i = 0; i < RULES.password.points - 1; i++)
			await signIn(db, { login: username, password: `salah-${i}-sandi`, ip }).catch(() => undefined);
		await expect(disable(db, id, { password: 'bukan-sandinya-ini' }, later(60))).rejects.toThrow(Invalid);
		await expect(disable(db, id, { password: PASSWORD }, later(60))).rejects.toThrow(RateLimited);
		await expect(signIn(db, { login: username, password: PASSWORD, ip })).rejects.toThrow(RateLimited);
		expect(hasSecondFactor(db, id)).toBe(true);
	});

	it('waits after five wrong codes for turning off, then even a right code is refused', async () => {
		const id = staff();
		const secret = turnOn(id);
		for (let i = 0; i < RULES.totp.points; i++)
			await expect(disable(db, id, { code: '000000' }, later(60))).rejects.toThrow(Invalid);
		await expect(disable(db, id, { code: codeAt(secret, later(60)) }, later(60))).rejects.toThrow(
			RateLimited
		);
		expect(hasSecondFactor(db, id)).toBe(true);
	});

	it('stays on when a role requires it', async () => {
		const id = staff(['bappeda']);
		turnOn(id);
		setRequiredRoles(db, adminId, ['bappeda']);
		try {
			expect(status(db, id).required).toBe(true);
			await expect(disable(db, id, { password: PASSWORD }, later(60))).rejects.toThrow(Forbidden);
			expect(hasSecondFactor(db, id)).toBe(true);
		} finally {
			setRequiredRoles(db, adminId, []);
		}
	});

	it('an admin resets it for a lost phone: removed, sessions ended, logged with the reason', () => {
		const id = staff();
		turnOn(id);
		createSession(db, generateSessionToken(), id);
		adminReset(db, adminId, id, 'Ponsel hilang');
		expect(hasSecondFactor(db, id)).toBe(false);
		expect(db.select({ n: count() }).from(sessions).where(eq(sessions.userId, id)).get()?.n).toBe(0);
		const entry = db.select().from(auditLog).where(eq(auditLog.action, 'user.totp_reset')).get();
		expect(entry).toMatchObject({ actorId: adminId, targetId: id, reason: 'Ponsel hilang' });
		// A new secret comes at the next set-up, never the old one.
		expect(db.select().from(totpCredentials).where(eq(totpCredentials.userId, id)).get()).toBeUndefined();
	});

	it('after an admin reset, the wrong codes typed before do not hold up setting up again', async () => {
		const id = staff();
		turnOn(id);
		for (let i = 0; i < RULES.totp.points; i++)
			await expect(disable(db, id, { code: '000000' }, later(60))).rejects.toThrow(Invalid);
		adminReset(db, adminId, id, 'Ponsel hilang');
		const fresh = appSecret(id);
		enable(db, id, codeAt(fresh, later(90)), later(90));
		expect(hasSecondFactor(db, id)).toBe(true);
	});

	it('an admin cannot reset their own, nor an account without it', () => {
		turnOn(adminId);
		expect(() => adminReset(db, adminId, adminId, 'Coba')).toThrow(Forbidden);
		expect(() => adminReset(db, adminId, staff(), 'Coba')).toThrow(Conflict);
	});

	it('lists staff with their state, and those a role requires it of', () => {
		const on = staff(['opd']);
		turnOn(on);
		const missing = staff(['opd']);
		const free = staff(['fasilitator']);
		setRequiredRoles(db, adminId, ['opd']);
		try {
			const rows = new Map(staffOverview(db).map((r) => [r.id, r]));
			expect(rows.get(on)).toMatchObject({ missing: false, roles: ['opd'] });
			expect(rows.get(on)?.enabledAt).toBeInstanceOf(Date);
			expect(rows.get(missing)).toMatchObject({ missing: true, enabledAt: null });
			expect(rows.get(free)).toMatchObject({ missing: false, enabledAt: null });
			expect([...rows.values()].every((r) => !r.username.startsWith('anak'))).toBe(true);
		} finally {
			setRequiredRoles(db, adminId, []);
		}
	});
});
