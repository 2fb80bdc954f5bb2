import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, facilities } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { Forbidden, Invalid, NotFound } from '../errors';
import { create, getForEdit, update, type FacilityInput } from './facilities';
import { DESA, KECAMATAN, makeUser, opdId, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
beforeAll(() => prepare(db));

const input = (over: Partial<FacilityInput> = {}): FacilityInput => ({
	type: 'rbra',
	name: 'Taman Bermain Sungai Duri',
	desaCode: DESA,
	address: 'Jl. Pantai',
	opdId: opdId(db, 'dlh'),
	...over
});
const tally = () => ({
	facilities: db.select({ n: count() }).from(facilities).get()?.n,
	log: db.select({ n: count() }).from(auditLog).get()?.n
});

describe('create', () => {
	it.each([
		['an admin', ['admin']],
		['a facilitator', ['fasilitator']]
	] as const)('lets %s add a facility; the kecamatan follows the desa', (_, roles) => {
		const actor = makeUser(db, [...roles]);
		const id = create(db, actor, input({ name: `  Taman ${roles[0]}  ` }));
		expect(getForEdit(db, id)).toMatchObject({
			name: `Taman ${roles[0]}`,
			desaCode: DESA,
			kecamatanCode: KECAMATAN
		});
		expect(
			db
				.select()
				.from(auditLog)
				.where(eq(auditLog.targetId, String(id)))
				.get()
		).toMatchObject({
			action: 'facility.create',
			actorId: actor.id
		});
	});

	it.each([
		['a Forum Anak member', ['anak', 'forum_anak']],
		['an OPD user', ['opd']],
		['a planner', ['bappeda']]
	] as const)('refuses %s and writes nothing', (_, roles) => {
		const before = tally();
		expect(() => create(db, makeUser(db, [...roles]), input())).toThrow(Forbidden);
		expect(tally()).toEqual(before);
	});

	it.each([
		['a kecamatan instead of a desa', { desaCode: KECAMATAN }, 'desaCode'],
		['an unknown desa', { desaCode: '99.99' }, 'desaCode'],
		['a short name', { name: ' ab ' }, 'name'],
		['a long address', { address: 'x'.repeat(201) }, 'address'],
		['an unknown agency', { opdId: 9999 }, 'opdId'],
		['an unknown type', { type: 'sekolah' as never }, 'type']
	] as const)('refuses %s next to its field and writes nothing', (_, over, field) => {
		const before = tally();
		try {
			create(db, makeUser(db, ['admin']), input(over));
		} catch (e) {
			expect(e).toBeInstanceOf(Invalid);
			expect((e as Invalid).field).toBe(field);
		}
		expect(tally()).toEqual(before);
	});

	it('accepts a facility with no agency yet and no address', () => {
		const id = create(db, makeUser(db, ['admin']), input({ opdId: null, address: '  ' }));
		expect(getForEdit(db, id)).toMatchObject({ opdId: null, address: null });
	});
});

describe('update', () => {
	it('changes the facility and logs what changed', () => {
		const admin = makeUser(db, ['admin']);
		const id = create(db, admin, input());
		const facilitator = makeUser(db, ['fasilitator']);
		update(
			db,
			facilitator,
			id,
			input({ type: 'puskesmas', name: 'Puskesmas Sungai Duri', opdId: opdId(db, 'dinkes') })
		);
		expect(getForEdit(db, id)).toMatchObject({
			type: 'puskesmas',
			name: 'Puskesmas Sungai Duri',
			opdId: opdId(db, 'dinkes')
		});
		const log = db.select().from(auditLog).where(eq(auditLog.action, 'facility.update')).all().at(-1);
		expect(log?.details).toEqual({ changed: ['type', 'name', 'opdId'] });
	});

	it('refuses a child, bad input and an unknown facility, writing nothing', () => {
		const id = create(db, makeUser(db, ['admin']), input());
		const before = tally();
		expect(() => update(db, makeUser(db, ['anak', 'forum_anak']), id, input({ name: 'Diubah' }))).toThrow(
			Forbidden
		);
		expect(() => update(db, makeUser(db, ['admin']), id, input({ desaCode: 'x' }))).toThrow(Invalid);
		expect(() => update(db, makeUser(db, ['admin']), 99_999, input())).toThrow(NotFound);
		expect(getForEdit(db, id).name).toBe('Taman Bermain Sungai Duri');
		expect(tally()).toEqual(before);
	});
});
