// Compact builders for the shipped checklists: each item is written once in both languages.
import type { ChecklistItem, ChecklistSection } from '../../db/schema';

type Pair = [id: string, en: string];

/** Key items weigh double: they are the safety-critical ones, whose "Tidak" is always a finding. */
export const KEY_WEIGHT = 2;

export function item(code: string, key: boolean, text: Pair, question: Pair, hint: Pair): ChecklistItem {
	const both = ([id, en]: Pair) => ({ id, en });
	return {
		code,
		text: both(text),
		question: both(question),
		hint: both(hint),
		key,
		weight: key ? KEY_WEIGHT : 1
	};
}

export function section(code: string, title: Pair, items: ChecklistItem[]): ChecklistSection {
	return { code, title: { id: title[0], en: title[1] }, items };
}
