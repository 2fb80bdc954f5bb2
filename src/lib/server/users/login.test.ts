import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { users } from '../db/schema';
import * as regions from '../regions';
import { createStaff } from './admin';
import { authenticate, findByLogin } from './login';
import { registerChild } from './register';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

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
