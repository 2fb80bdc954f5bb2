import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { createTestDb } from '../db/test-db';
import { userRoles, users } from '../db/schema';
import { Conflict, Invalid } from '../errors';
import * as regions from '../regions';
import { ageProblem, type ChildRegistration, nicknameProblem, registerChild } from './register';

const JUNE_2025 = new Date(2025, 5, 15);

describe('nicknameProblem', () => {
	it.each([
		['Budi_12', null],
		['Sari Ledo', null],
		['anak.hebat', null],
		['  Ani  ', null],
		['abc', null],
		['a'.repeat(30), null],
		['ab', 'nickname_short'],
		['  ab  ', 'nickname_short'],
		['', 'nickname_short'],
		['a'.repeat(31), 'nickname_long'],
		['081234567890', 'nickname_contact'],
		['+62 812-3456-7890', 'nickname_contact'],
		['0812 3456 7890', 'nickname_contact'],
		['budi@gmail.com', 'nickname_contact'],
		['budi@rumah', 'nickname_contact'],
		['www.x.com', 'nickname_contact'],
		['bit.ly/abc', 'nickname_contact'],
		['ig.com', 'nickname_contact'],
		// Names of offices and staff roles: refused whether or not such an account exists.
		['BAPPEDA', 'nickname_reserved'],
		['Bappeda_Kota', 'nickname_reserved'],
		['admin123', 'nickname_reserved'],
		['Fasilitator Desa', 'nickname_reserved'],
		['dinkes', 'nickname_reserved'],
		['Sari Bappedawati', null],
		['Badminton', null]
	])('%j gives %s', (nickname, expected) => {
		expect(nicknameProblem(nickname)).toBe(expected);
	});
});

describe('ageProblem', () => {
	it.each([
		[2019, 6, null], // turns 6 this month
		[2019, 7, 'too_young'], // 5 for one more month
		[2020, 1, 'too_young'],
		[2007, 7, null], // 17 for one more month
		[2007, 6, 'too_old'], // turns 18 this month
		[2000, 1, 'too_old'],
		[2012, 0, 'birth_month'],
		[2012, 13, 'birth_month'],
		[2012, 1.5, 'birth_month']
	])('born %i-%s in June 2025 gives %s', (year, month, expected) => {
		expect(ageProblem(year, month, JUNE_2025)).toBe(expected);
	});

	// BUG: a non-integer birth year yields NaN age, and NaN passes both the >= 18 and < 6 checks.
	it.each([Number.NaN, 2012.5])('refuses the birth year %s', (year) => {
		expect(ageProblem(year, 5, JUNE_2025)).not.toBeNull();
	});
});

describe('registerChild', () => {
	const { db, cleanup } = createTestDb();
	beforeAll(() => regions.ensureShipped(db));
	afterAll(cleanup);

	const DESA = '61.07.01.2001'; // Sungai Duri, Sungai Raya
	const KELURAHAN = '61.07.04.1001'; // Bumi Emas, Bengkayang
	const valid = (over: Partial<ChildRegistration> = {}): ChildRegistration => ({
		nickname: 'Budi_12',
		password: 'rahasia-123',
		birthYear: 2012,
		birthMonth: 4,
		desaCode: DESA,
		gender: 'laki',
		guardianConsent: true,
		...over
	});
	const userCount = () => db.select({ n: count() }).from(users).get()?.n;
	const roleCount = () => db.select({ n: count() }).from(userRoles).get()?.n;

	async function failure(input: ChildRegistration): Promise<unknown> {
		try {
			await registerChild(db, input, JUNE_2025);
		} catch (e) {
			return e;
		}
		throw new Error('registerChild did not throw');
	}

	it('creates a child with the anak role, the consent time and a hashed password', async () => {
		const id = await registerChild(db, valid({ nickname: '  Sari Ledo ', gender: 'perempuan' }), JUNE_2025);
		const row = db.select().from(users).where(eq(users.id, id)).get();
		expect(row).toMatchObject({
			username: 'Sari Ledo',
			kind: 'child',
			birthYear: 2012,
			birthMonth: 4,
			desaCode: DESA,
			gender: 'perempuan',
			guardianConsentAt: JUNE_2025,
			verifiedAt: null,
			deactivatedAt: null,
			email: null
		});
		expect(row?.passwordHash).not.toContain('rahasia-123');
		expect(await verifyPassword(row?.passwordHash ?? '', 'rahasia-123')).toBe(true);
		const roles = db.select().from(userRoles).where(eq(userRoles.userId, id)).all();
		expect(roles.map((r) => r.role)).toEqual(['anak']);
	});

	it('accepts a kelurahan as the home village', async () => {
		const id = await registerChild(db, valid({ nickname: 'anak.hebat', desaCode: KELURAHAN }), JUNE_2025);
		expect(db.select().from(users).where(eq(users.id, id)).get()?.desaCode).toBe(KELURAHAN);
	});

	it('refuses a nickname already taken in another case, and writes nothing', async () => {
		await registerChild(db, valid({ nickname: 'Rudi123' }), JUNE_2025);
		const before = [userCount(), roleCount()];
		const e = await failure(valid({ nickname: ' rUDI123 ' }));
		expect(e).toBeInstanceOf(Conflict);
		expect(e).toMatchObject({ code: 'nickname_taken', field: 'nickname' });
		expect([userCount(), roleCount()]).toEqual(before);
	});

	it('answers a staff sign-in name exactly as a taken child nickname, so it tells nothing more', async () => {
		// A staff username that is no office name: the answer is the one any taken nickname gets.
		db.insert(users)
			.values({ id: crypto.randomUUID(), username: 'budi.santoso', passwordHash: 'x', kind: 'staff' })
			.run();
		await registerChild(db, valid({ nickname: 'budi.santosa' }), JUNE_2025);
		const staffName = await failure(valid({ nickname: 'Budi.Santoso' }));
		const childName = await failure(valid({ nickname: 'Budi.Santosa' }));
		expect(staffName).toEqual(childName);
		expect(staffName).toMatchObject({ code: 'nickname_taken', field: 'nickname' });
		expect(Object.getPrototypeOf(staffName)).toBe(Object.getPrototypeOf(childName));
	});

	it('refuses an office name the same way whether a staff account has it or not', async () => {
		db.insert(users)
			.values({ id: crypto.randomUUID(), username: 'bappeda', passwordHash: 'x', kind: 'staff' })
			.run();
		const existing = await failure(valid({ nickname: 'BAPPEDA' }));
		const free = await failure(valid({ nickname: 'Bappeda_Desa' }));
		expect(existing).toMatchObject({ code: 'nickname_reserved', field: 'nickname' });
		expect(free).toEqual(existing);
	});

	it.each([
		['too old (18 this month)', { birthYear: 2007, birthMonth: 6 }, 'too_old', 'birthYear'],
		['too young (5)', { birthYear: 2020, birthMonth: 1 }, 'too_young', 'birthYear'],
		['an impossible month', { birthMonth: 13 }, 'birth_month', 'birthMonth'],
		['without guardian consent', { guardianConsent: false }, 'consent_required', 'guardianConsent'],
		['with an unknown desa', { desaCode: '61.07.99.2001' }, 'desa_unknown', 'desaCode'],
		['with a kecamatan as desa', { desaCode: '61.07.01' }, 'desa_unknown', 'desaCode'],
		['with a phone number as nickname', { nickname: '081234567890' }, 'nickname_contact', 'nickname'],
		['with a link in the nickname', { nickname: 'ig.com/budi' }, 'nickname_contact', 'nickname'],
		['with a too short nickname', { nickname: 'ab' }, 'nickname_short', 'nickname'],
		['with a short password', { password: '1234567' }, 'password_short', 'password'],
		['with a too long password', { password: 'x'.repeat(129) }, 'password_long', 'password']
	] as const)(
		'refuses a child %s as Invalid on its field, writing nothing',
		async (_label, over, code, field) => {
			const before = [userCount(), roleCount()];
			const e = await failure(valid({ nickname: 'Baru_Daftar', ...over }));
			expect(e).toBeInstanceOf(Invalid);
			expect(e).toMatchObject({ code, field });
			expect([userCount(), roleCount()]).toEqual(before);
		}
	);

	it('counts age on the date given, so a 17-year-old registers', async () => {
		const id = await registerChild(
			db,
			valid({ nickname: 'Hampir18', birthYear: 2007, birthMonth: 7 }),
			JUNE_2025
		);
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
	});
});
