// Versioned checklist templates. A version is never changed once published: an edit publishes a
// new version, old ones stay readable, and every audit keeps the version it was started with.
import { asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/permissions';
import * as auditLog from '../audit-log';
import type { Db, DbOrTx } from '../db/client';
import { checklistTemplates, FACILITY_TYPES, type ChecklistContent, type FacilityType } from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import { canEditTemplates } from './access';
import { PRA } from './shipped/pra';
import { RBRA } from './shipped/rbra';
import { checkContent } from './rules';

export type ChecklistTemplate = typeof checklistTemplates.$inferSelect;

export const SHIPPED: Record<FacilityType, ChecklistContent> = { rbra: RBRA, puskesmas: PRA };

/** The newest version of a type, the one new audits use; undefined when none is published yet. */
export function latest(db: DbOrTx, type: FacilityType): ChecklistTemplate | undefined {
	return db
		.select()
		.from(checklistTemplates)
		.where(eq(checklistTemplates.type, type))
		.orderBy(desc(checklistTemplates.version))
		.limit(1)
		.get();
}

/** Any version by id, old ones included. */
export function get(db: DbOrTx, id: number): ChecklistTemplate | undefined {
	return db.select().from(checklistTemplates).where(eq(checklistTemplates.id, id)).get();
}

/** Every version of both types, newest first within a type, without the content. */
export function list(db: Db) {
	return db
		.select({
			id: checklistTemplates.id,
			type: checklistTemplates.type,
			version: checklistTemplates.version,
			note: checklistTemplates.note,
			createdAt: checklistTemplates.createdAt
		})
		.from(checklistTemplates)
		.orderBy(asc(checklistTemplates.type), desc(checklistTemplates.version))
		.all();
}

/** Adds version 1 of each shipped checklist that has no version yet; safe to call on every start. */
export function ensureShippedTemplates(db: Db): void {
	for (const type of FACILITY_TYPES) {
		const exists = db
			.select({ id: checklistTemplates.id })
			.from(checklistTemplates)
			.where(eq(checklistTemplates.type, type))
			.limit(1)
			.get();
		if (exists) continue;
		db.insert(checklistTemplates)
			.values({ type, version: 1, content: SHIPPED[type], note: null, publishedBy: null })
			.onConflictDoNothing()
			.run();
	}
}

/** An admin publishes an edited checklist as the next version of its type; returns the new id. */
export function publishVersion(
	db: Db,
	actor: Actor,
	type: FacilityType,
	content: ChecklistContent,
	note: string
): number {
	if (!canEditTemplates(actor)) throw new Forbidden('fac_forbidden');
	const clean = checkContent(content);
	return db.transaction((tx) => {
		const current = latest(tx, type);
		if (!current) throw new NotFound('fac_template');
		const row = tx
			.insert(checklistTemplates)
			.values({
				type,
				version: current.version + 1,
				content: clean,
				note: note.trim() || null,
				publishedBy: actor.id
			})
			.returning({ id: checklistTemplates.id, version: checklistTemplates.version })
			.get();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'checklist.publish',
			targetType: 'checklist_template',
			targetId: String(row.id),
			reason: note.trim() || null,
			details: { type, version: row.version, previous: current.id }
		});
		return row.id;
	});
}

/** Every item of a template by code, with its section: for reading answers against it. */
export function itemsByCode(content: ChecklistContent) {
	const map = new Map<
		string,
		ChecklistContent['sections'][number]['items'][number] & { sectionCode: string }
	>();
	for (const s of content.sections) for (const i of s.items) map.set(i.code, { ...i, sectionCode: s.code });
	return map;
}
