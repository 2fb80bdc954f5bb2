// Adding and editing facilities (admins and facilitators). The kecamatan always follows the desa.
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/permissions';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import { facilities, FACILITY_TYPES, opds, type FacilityType } from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import * as regions from '../regions';
import { canManageFacilities } from './access';

export interface FacilityInput {
	type: FacilityType;
	name: string;
	desaCode: string;
	address: string | null;
	opdId: number | null;
}

export const NAME_MIN = 3;
export const NAME_MAX = 120;
export const ADDRESS_MAX = 200;

/** Checks the input; returns the row values with the kecamatan taken from the desa. */
function values(db: Db, input: FacilityInput) {
	if (!FACILITY_TYPES.includes(input.type)) throw new Invalid('fac_type', 'type');
	const name = input.name.trim();
	if (name.length < NAME_MIN || name.length > NAME_MAX) throw new Invalid('fac_name', 'name');
	const address = input.address?.trim() || null;
	if (address && address.length > ADDRESS_MAX) throw new Invalid('fac_address', 'address');
	const desa = regions.getVillage(db, input.desaCode);
	if (!desa?.kecamatanCode) throw new Invalid('fac_desa', 'desaCode');
	if (input.opdId !== null && !db.select().from(opds).where(eq(opds.id, input.opdId)).get())
		throw new Invalid('fac_opd', 'opdId');
	return {
		type: input.type,
		name,
		desaCode: desa.code,
		kecamatanCode: desa.kecamatanCode,
		address,
		opdId: input.opdId
	};
}

export function create(db: Db, actor: Actor, input: FacilityInput, now = new Date()): number {
	if (!canManageFacilities(actor)) throw new Forbidden('fac_forbidden');
	const row = values(db, input);
	return db.transaction((tx) => {
		const { id } = tx
			.insert(facilities)
			.values({ ...row, createdAt: now })
			.returning({ id: facilities.id })
			.get();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'facility.create',
			targetType: 'facility',
			targetId: String(id),
			details: { type: row.type, name: row.name, desaCode: row.desaCode, opdId: row.opdId }
		});
		return id;
	});
}

/** Changes a facility. Findings already assigned keep their agency; new ones go to the new one. */
export function update(db: Db, actor: Actor, id: number, input: FacilityInput, now = new Date()): void {
	if (!canManageFacilities(actor)) throw new Forbidden('fac_forbidden');
	const before = db.select().from(facilities).where(eq(facilities.id, id)).get();
	if (!before) throw new NotFound('fac_facility');
	const row = values(db, input);
	db.transaction((tx) => {
		tx.update(facilities)
			.set({ ...row, updatedAt: now })
			.where(eq(facilities.id, id))
			.run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'facility.update',
			targetType: 'facility',
			targetId: String(id),
			details: {
				changed: (Object.keys(row) as (keyof typeof row)[]).filter((k) => before[k] !== row[k])
			}
		});
	});
}

/** The stored facility for the edit form. */
export function getForEdit(db: Db, id: number) {
	const row = db.select().from(facilities).where(eq(facilities.id, id)).get();
	if (!row) throw new NotFound('fac_facility');
	return row;
}
