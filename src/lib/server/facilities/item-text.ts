// Item wording for findings, read from the checklist version each audit used (one query for all).
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { checklistTemplates, type ChecklistContent, type ChecklistItem } from '../db/schema';
import { itemsByCode } from './templates';

export type ItemLookup = (templateId: number, itemCode: string) => ChecklistItem | null;

export function itemLookup(db: DbOrTx, templateIds: number[]): ItemLookup {
	const ids = [...new Set(templateIds)];
	const contents = new Map<number, ReturnType<typeof itemsByCode>>();
	if (ids.length > 0)
		for (const t of db
			.select({ id: checklistTemplates.id, content: checklistTemplates.content })
			.from(checklistTemplates)
			.where(inArray(checklistTemplates.id, ids))
			.all())
			contents.set(t.id, itemsByCode(t.content as ChecklistContent));
	return (templateId, itemCode) => contents.get(templateId)?.get(itemCode) ?? null;
}
