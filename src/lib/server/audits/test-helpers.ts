// Builders for audit tests: a facility, a small checklist version and a started audit.
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { checklistTemplates, facilities, type ChecklistContent, type FacilityType } from '../db/schema';
import { DESA, KECAMATAN, makeUser } from '../ideas/test-helpers';
import * as regions from '../regions';
import { eligibleFacilitators, start } from './start';

export { DESA, KECAMATAN, makeUser };

const text = (s: string) => ({ id: s, en: s });
const item = (code: string, key = false) => ({
	code,
	text: text(`Item ${code}`),
	question: text(`Apakah ${code}?`),
	hint: text(`Petunjuk ${code}`),
	key,
	weight: 1
});

/** Two sections, three items: enough to test sections, unknown codes and completeness. */
export const SMALL_CHECKLIST: ChecklistContent = {
	sections: [
		{ code: 'S1', title: text('Lokasi'), items: [item('T1.1', true), item('T1.2')] },
		{ code: 'S2', title: text('Peralatan'), items: [item('T2.1')] }
	]
};

let version = 1000;

/** Versions far above any shipped seed, so "latest" is this one. */
export function makeTemplate(db: Db, type: FacilityType = 'rbra', content = SMALL_CHECKLIST) {
	return db.insert(checklistTemplates).values({ type, version: ++version, content }).returning().get();
}

export function makeFacility(db: Db, type: FacilityType = 'rbra', name = 'RBRA Taman Sungai Duri') {
	regions.ensureShipped(db);
	return db
		.insert(facilities)
		.values({ type, name, desaCode: DESA, kecamatanCode: KECAMATAN })
		.returning()
		.get();
}

export const forumChild = (db: Db, age = 14) => makeUser(db, { roles: ['anak', 'forum_anak'], age });
export const facilitator = (db: Db) => makeUser(db, { kind: 'staff', roles: ['fasilitator'] });

/** What the start form sends for this facilitator. */
export function choiceOf(db: Db, facilitatorId: string): string {
	const found = eligibleFacilitators(db).find((f) => f.id === facilitatorId);
	if (!found) throw new Error(`${facilitatorId} is offered as no facilitator`);
	return found.choice;
}

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** A draft audit with a starter, one more member and a facilitator. */
export function makeAudit(db: Db, opts: { type?: FacilityType } = {}) {
	const starter = forumChild(db);
	const member = forumChild(db);
	const fac = facilitator(db);
	const facility = makeFacility(db, opts.type);
	const id = start(db, starter, {
		facilityId: facility.id,
		members: [member.username],
		facilitator: choiceOf(db, fac.id),
		auditDate: today()
	});
	return { id, starter, member, facilitator: fac as SessionUser, facility };
}
