// From a finding to an idea: the facts to prefill the idea form, and the rule for citing a finding.
import { and, eq } from 'drizzle-orm';
import { hasRole, type Actor } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { auditFindings, audits, facilities, ideaFindings } from '../db/schema';
import { Forbidden, Invalid } from '../errors';
import { itemLookup } from './item-text';

/** A finding of a published audit with what an idea about it needs; undefined otherwise. */
export function findingForIdea(db: DbOrTx, findingId: number) {
	const row = db
		.select({
			id: auditFindings.id,
			auditId: audits.id,
			auditDate: audits.auditDate,
			templateId: audits.templateId,
			itemCode: auditFindings.itemCode,
			note: auditFindings.note,
			facilityName: facilities.name,
			facilityType: facilities.type,
			desaCode: facilities.desaCode,
			kecamatanCode: facilities.kecamatanCode
		})
		.from(auditFindings)
		.innerJoin(audits, and(eq(audits.id, auditFindings.auditId), eq(audits.status, 'diterbitkan')))
		.innerJoin(facilities, eq(facilities.id, auditFindings.facilityId))
		.where(eq(auditFindings.id, findingId))
		.get();
	if (!row) return undefined;
	return { ...row, item: itemLookup(db, [row.templateId])(row.templateId, row.itemCode) };
}

/** Only Forum Anak members start an idea from a finding, and only from a published one. */
export function checkCitable(db: DbOrTx, actor: Actor, findingId: number): void {
	if (!hasRole(actor, 'forum_anak')) throw new Forbidden('fac_cite_forum_only');
	if (!findingForIdea(db, findingId)) throw new Invalid('fac_cite_unknown');
}

/** Call in the transaction that creates the idea. */
export function linkIdea(tx: DbOrTx, ideaId: number, findingId: number): void {
	tx.insert(ideaFindings).values({ ideaId, findingId }).run();
}
