// Audit findings as evidence for a proposal: the ones linked to it and the ones its ideas cite.
// Only findings of published audits are ever shown or linked.
import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
	auditFindings,
	audits,
	checklistTemplates,
	facilities,
	ideaFindings,
	proposalFindings,
	type Bilingual,
	type ChecklistContent
} from '../db/schema';

export interface EvidenceFinding {
	id: number;
	auditId: number;
	facilityName: string;
	facilityType: 'rbra' | 'puskesmas';
	itemCode: string;
	/** The checklist item's wording in both languages; null if the template no longer has it. */
	itemText: Bilingual | null;
	note: string | null;
	isKey: boolean;
	status: string;
	/** 'linked' by the people writing the proposal, or cited by one of its ideas. */
	source: 'linked' | 'idea';
}

const columns = {
	id: auditFindings.id,
	auditId: auditFindings.auditId,
	facilityName: facilities.name,
	facilityType: facilities.type,
	itemCode: auditFindings.itemCode,
	note: auditFindings.note,
	isKey: auditFindings.isKey,
	status: auditFindings.status,
	templateId: audits.templateId
};

function published(db: DbOrTx) {
	return db
		.select(columns)
		.from(auditFindings)
		.innerJoin(audits, and(eq(auditFindings.auditId, audits.id), eq(audits.status, 'diterbitkan')))
		.innerJoin(facilities, eq(auditFindings.facilityId, facilities.id));
}

type Row = ReturnType<ReturnType<typeof published>['all']>[number];

/** Item wording from the template each audit used: one query for all of them. */
function withText(db: DbOrTx, rows: Row[], source: (r: Row) => EvidenceFinding['source']): EvidenceFinding[] {
	const ids = [...new Set(rows.map((r) => r.templateId))];
	const templates = ids.length
		? db
				.select({ id: checklistTemplates.id, content: checklistTemplates.content })
				.from(checklistTemplates)
				.where(inArray(checklistTemplates.id, ids))
				.all()
		: [];
	const text = new Map<string, Bilingual>();
	for (const t of templates)
		for (const s of (t.content as ChecklistContent).sections)
			for (const item of s.items) text.set(`${t.id}:${item.code}`, item.text);
	return rows.map(({ templateId, ...r }) => ({
		...r,
		itemText: text.get(`${templateId}:${r.itemCode}`) ?? null,
		source: source({ templateId, ...r })
	}));
}

/** Linked findings first, then those cited by the idea or the ideas merged into it (no repeats). */
export function evidence(db: DbOrTx, proposalId: number, ideaIds: number[]): EvidenceFinding[] {
	const linked = published(db)
		.innerJoin(proposalFindings, eq(proposalFindings.findingId, auditFindings.id))
		.where(eq(proposalFindings.proposalId, proposalId))
		.orderBy(auditFindings.id)
		.all();
	const cited = ideaIds.length
		? published(db)
				.innerJoin(ideaFindings, eq(ideaFindings.findingId, auditFindings.id))
				.where(inArray(ideaFindings.ideaId, ideaIds))
				.orderBy(auditFindings.id)
				.all()
		: [];
	const linkedIds = new Set(linked.map((r) => r.id));
	const rows = new Map<number, Row>();
	for (const r of [...linked, ...cited]) if (!rows.has(r.id)) rows.set(r.id, r);
	return withText(db, [...rows.values()], (r) => (linkedIds.has(r.id) ? 'linked' : 'idea'));
}

/**
 * Published findings that could back the proposal: in its kecamatan (anywhere for a kabupaten-wide one),
 * not linked yet, newest first.
 */
export function linkable(
	db: DbOrTx,
	p: { id: number; kecamatanCode: string | null },
	limit = 100
): EvidenceFinding[] {
	const already = db
		.select({ id: proposalFindings.findingId })
		.from(proposalFindings)
		.where(eq(proposalFindings.proposalId, p.id));
	const rows = published(db)
		.where(
			and(
				notInArray(auditFindings.id, already),
				p.kecamatanCode ? eq(facilities.kecamatanCode, p.kecamatanCode) : undefined
			)
		)
		.orderBy(desc(auditFindings.id))
		.limit(limit)
		.all();
	return withText(db, rows, () => 'linked');
}

/** Whether the finding exists and whether its audit is published. */
export function findingState(db: DbOrTx, findingId: number): 'missing' | 'unpublished' | 'published' {
	const row = db
		.select({ status: audits.status })
		.from(auditFindings)
		.innerJoin(audits, eq(auditFindings.auditId, audits.id))
		.where(eq(auditFindings.id, findingId))
		.get();
	if (!row) return 'missing';
	return row.status === 'diterbitkan' ? 'published' : 'unpublished';
}
