// The checklist version an audit uses, and the facility it checks. Audits keep the version they were
// started with, so answers are always read against that version's items.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { facilities, regions, type FacilityType } from '../db/schema';
import * as templates from '../facilities/templates';

/** The version new audits use (the facilities area owns the templates). */
export const latestTemplate = (db: DbOrTx, type: FacilityType) => templates.latest(db, type);

export const templateById = (db: DbOrTx, id: number) => templates.get(db, id);

export function facilityById(db: DbOrTx, id: number) {
	return db
		.select({
			id: facilities.id,
			type: facilities.type,
			name: facilities.name,
			desaCode: facilities.desaCode,
			desaName: regions.name,
			kecamatanCode: facilities.kecamatanCode
		})
		.from(facilities)
		.leftJoin(regions, eq(regions.code, facilities.desaCode))
		.where(eq(facilities.id, id))
		.get();
}
