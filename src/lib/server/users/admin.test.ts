import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session';
import { createTestDb } from '../db/test-db';
import { auditLog, sessions, userRoles, users, type Role } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import * as opds from '../opds';
import * as regions from '../regions';
import {
	createStaff,
	deactivate,
	getUser,
	grantRole,
	reactivate,
	revokeRole,
	type StaffInput
} from './admin';
import { authenticate } from './sign-in';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const PASSWORD = 'cukup-panjang-12';
let adminId: string;
let opdId: number;

beforeAll(async () => {
	regions.ensureShipped(db);
	opds.ensureShipped(db);
	opdId = opds.getByCode(db, 'dinkes')?.id ?? -1;
	adminId = await createStaff(db, null, staffInput({ username: 'admin.utama', roles: ['admin'] }));
	addChild('Anak_Ledo');
});

function staffInput(over: Partial<StaffInput> = {}): StaffInput {
	return {
		username: 'staf',
		email: null,
		displayName: 'Staf',
		password: PASSWORD,
		roles: ['fasilitator'],
		opdId: null,
		...over
	};
}

/** A child row written directly: these tests are about admin verbs, not sign-up. */
function addChild(username: string, extra: Partial<typeof users.$inferInsert> = {}): string {
	const id = crypto.randomUUID();
	db.insert(users)
		.values({
			id,
			username,
			passwordHash: 'x',
			kind: 'child',
			birthYear: 2012,
			birthMonth: 5,
			desaCode: '61.07.03.2001',
			...extra
		})
		.run();
	db.insert(userRoles).values({ userId: id, role: 'anak' }).run();
	return id;
}

const auditFor = (id: string) =>
	db.select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(auditLog.id).all();
const rolesOf = (id: string) =>
	db
		.select()
		.from(userRoles)
		.where(eq(userRoles.userId, id))
		.all()
		.map((r) => r.role)
		.sort();
const countOf = (table: typeof users | typeof auditLog) => db.select({ n: count() }).from(table).get()?.n;

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

async function rejected(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

describe('createStaff', () => {
	it('creates a staff account with its roles, a lower-case email and an audit row', async () => {
		const id = await createStaff(
			db,
			adminId,
			staffInput({ username: 'Bappeda.Satu', email: ' Satu@Bappeda.GO.ID ', roles: ['bappeda'] })
		);
		expect(getUser(db, id)).toMatchObject({
			username: 'Bappeda.Satu',
			email: 'satu@bappeda.go.id',
			kind: 'staff',
			roles: ['bappeda']
		});
		expect(auditFor(id).map((r) => [r.action, r.actorId, r.details])).toEqual([
			['user.create_staff', adminId, { roles: ['bappeda'] }]
		]);
		expect(await authenticate(db, 'satu@bappeda.go.id', PASSWORD)).toBe(id);
	});

	it.each([
		['a password of 11 characters', { password: 'x'.repeat(11) }, 'staff_password_short', 'password'],
		['a username with spaces', { username: 'staf baru' }, 'username_format', 'username'],
		['no role', { roles: [] }, 'role_wrong_account', 'roles'],
		['a child role', { roles: ['fasilitator', 'anak'] as Role[] }, 'role_wrong_account', 'roles'],
		['opd without an agency', { roles: ['opd'] as Role[] }, 'opd_required', 'opdId'],
		['opd with an unknown agency', { roles: ['opd'] as Role[], opdId: 9999 }, 'opd_required', 'opdId']
	])('refuses %s as Invalid and writes nothing', async (_label, over, code, field) => {
		const before = [countOf(users), countOf(auditLog)];
		const e = await rejected(createStaff(db, adminId, staffInput({ username: 'staf.baru', ...over })));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code, field });
		expect([countOf(users), countOf(auditLog)]).toEqual(before);
	});

	it('refuses a username taken in another case, by staff or by a child nickname', async () => {
		for (const username of ['ADMIN.UTAMA', 'anak_ledo']) {
			const e = await rejected(createStaff(db, adminId, staffInput({ username })));
			expect(e).toBeInstanceOf(Conflict);
			expect(e).toMatchObject({ code: 'username_taken', field: 'username' });
		}
	});

	it('refuses an email already used, whatever its case', async () => {
		await createStaff(db, adminId, staffInput({ username: 'dinkes.a', email: 'kontak@dinkes.id' }));
		const before = countOf(users);
		const e = await rejected(
			createStaff(db, adminId, staffInput({ username: 'dinkes.b', email: 'KONTAK@Dinkes.id' }))
		);
		expect(e).toBeInstanceOf(Conflict);
		expect(e).toMatchObject({ code: 'email_taken', field: 'email' });
		expect(countOf(users)).toBe(before);
	});
});

describe('roles', () => {
	it('grants a child role to a child with the reason logged', () => {
		const id = addChild('calon.forum');
		grantRole(db, adminId, id, 'forum_anak', null, 'terpilih forum anak desa');
		expect(rolesOf(id)).toEqual(['anak', 'forum_anak']);
		expect(auditFor(id).map((r) => [r.action, r.actorId, r.reason, r.details])).toEqual([
			['user.role_grant', adminId, 'terpilih forum anak desa', { role: 'forum_anak' }]
		]);
	});

	it.each([
		['a child role to staff', 'staff', 'anak'],
		['a staff role to a child', 'child', 'fasilitator']
	] as const)('refuses %s and logs nothing', async (_label, kind, role) => {
		const id =
			kind === 'child'
				? addChild(`salah.${role}`)
				: await createStaff(db, adminId, staffInput({ username: `salah.${role}` }));
		const before = [rolesOf(id), auditFor(id).length];
		const e = thrown(() => grantRole(db, adminId, id, role, null, 'coba'));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code: 'role_wrong_account', field: 'role' });
		expect([rolesOf(id), auditFor(id).length]).toEqual(before);
	});

	it('grants opd only with a known agency, and stores that agency', async () => {
		const id = await createStaff(db, adminId, staffInput({ username: 'calon.opd' }));
		for (const bad of [null, 9999]) {
			const e = thrown(() => grantRole(db, adminId, id, 'opd', bad, 'penugasan'));
			expect(e).toMatchObject({ name: 'Invalid', code: 'opd_required', field: 'opdId' });
		}
		expect(rolesOf(id)).toEqual(['fasilitator']);
		grantRole(db, adminId, id, 'opd', opdId, 'penugasan');
		expect(getUser(db, id)).toMatchObject({ opdId, opd: 'Dinas Kesehatan', roles: ['fasilitator', 'opd'] });
		expect(auditFor(id).at(-1)?.details).toEqual({ role: 'opd', opdId });

		revokeRole(db, adminId, id, 'opd', 'pindah tugas');
		expect(getUser(db, id)).toMatchObject({ opdId: null, roles: ['fasilitator'] });
		expect(auditFor(id).at(-1)).toMatchObject({
			action: 'user.role_revoke',
			reason: 'pindah tugas',
			details: { role: 'opd' }
		});
	});

	it('does not let an admin revoke their own admin role', () => {
		const before = auditFor(adminId).length;
		const e = thrown(() => revokeRole(db, adminId, adminId, 'admin', 'keliru'));
		expect(e).toBeInstanceOf(Forbidden);
		expect(rolesOf(adminId)).toContain('admin');
		expect(auditFor(adminId)).toHaveLength(before);
	});

	it('lets an admin revoke another admin’s role', async () => {
		const other = await createStaff(
			db,
			adminId,
			staffInput({ username: 'admin.dua', roles: ['admin', 'bappeda'] })
		);
		revokeRole(db, adminId, other, 'admin', 'tidak lagi bertugas');
		expect(rolesOf(other)).toEqual(['bappeda']);
		expect(auditFor(other).at(-1)).toMatchObject({
			action: 'user.role_revoke',
			actorId: adminId,
			reason: 'tidak lagi bertugas'
		});
	});

	it('throws NotFound for an unknown account', () => {
		expect(() => grantRole(db, adminId, 'tidak-ada', 'anak', null, 'x')).toThrow(NotFound);
		expect(() => revokeRole(db, adminId, 'tidak-ada', 'anak', 'x')).toThrow(NotFound);
	});
});

describe('deactivate and reactivate', () => {
	it('deactivates, ending every session at once, with the reason logged', () => {
		const id = addChild('akan.nonaktif');
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const t of tokens) createSession(db, t, id);
		const now = new Date();
		deactivate(db, adminId, id, 'akun dipakai orang lain', now);
		expect(db.select({ n: count() }).from(sessions).where(eq(sessions.userId, id)).get()?.n).toBe(0);
		for (const t of tokens) expect(validateSessionToken(db, t)).toBeNull();
		expect(getUser(db, id).deactivatedAt).toEqual(now);
		expect(auditFor(id).at(-1)).toMatchObject({
			action: 'user.deactivate',
			actorId: adminId,
			reason: 'akun dipakai orang lain'
		});
	});

	it('refuses to deactivate oneself and changes nothing', () => {
		const token = generateSessionToken();
		createSession(db, token, adminId);
		const e = thrown(() => deactivate(db, adminId, adminId, 'keliru'));
		expect(e).toMatchObject({ name: 'Forbidden', code: 'self' });
		expect(getUser(db, adminId).deactivatedAt).toBeNull();
		expect(validateSessionToken(db, token)?.user.id).toBe(adminId);
	});

	it('reactivates with the reason logged, and the account signs in again', async () => {
		const id = await createStaff(db, adminId, staffInput({ username: 'kembali.aktif' }));
		deactivate(db, adminId, id, 'cuti');
		expect(await authenticate(db, 'kembali.aktif', PASSWORD)).toBeNull();
		reactivate(db, adminId, id, 'kembali dari cuti');
		expect(await authenticate(db, 'kembali.aktif', PASSWORD)).toBe(id);
		expect(auditFor(id).at(-1)).toMatchObject({ action: 'user.reactivate', reason: 'kembali dari cuti' });
	});

	it('throws NotFound for an unknown account', () => {
		expect(() => deactivate(db, adminId, 'tidak-ada', 'x')).toThrow(NotFound);
	});
});

describe('getUser', () => {
	it('never returns the password hash', () => {
		expect(getUser(db, adminId)).not.toHaveProperty('passwordHash');
	});
});
