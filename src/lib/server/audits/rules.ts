// Limits and pure rules of running an audit.
import type { AuditStatus, ChecklistContent, ChecklistItem } from '../db/schema';

export { AUDIT_PHOTOS_PER_ITEM as PHOTOS_PER_ITEM } from '../../audit-limits';

/** The team fills the checklist while it is a draft or after a facilitator sent it back. */
export const EDITABLE_STATUSES: readonly AuditStatus[] = ['draf', 'dikembalikan'];
export const NOTE_MAX = 1000;
/** Other Forum Anak members besides the one who starts the audit. */
export const TEAM_MAX = 10;
/** One request carries at most this many answers (a whole checklist has about 35 items). */
export const ANSWERS_PER_REQUEST = 100;
/** An audit is planned at most this far ahead, and recorded at most this far back. */
export const DATE_AHEAD_DAYS = 90;
export const DATE_BACK_DAYS = 365;

export function isEditable(status: AuditStatus): boolean {
	return EDITABLE_STATUSES.includes(status);
}

export function items(content: ChecklistContent): ChecklistItem[] {
	return content.sections.flatMap((s) => s.items);
}

export function itemCodes(content: ChecklistContent): Set<string> {
	return new Set(items(content).map((i) => i.code));
}

export interface SectionProgress {
	code: string;
	total: number;
	answered: number;
}

/** Answered items per section, in the template's order. */
export function progress(content: ChecklistContent, answered: ReadonlySet<string>): SectionProgress[] {
	return content.sections.map((s) => ({
		code: s.code,
		total: s.items.length,
		answered: s.items.filter((i) => answered.has(i.code)).length
	}));
}

/**
 * Items still without an answer. Every item must be answered before the team submits: "Tidak berlaku"
 * is an answer of its own, so an empty item means nobody checked it, and scoring it would guess.
 */
export function unanswered(content: ChecklistContent, answered: ReadonlySet<string>): string[] {
	return items(content)
		.map((i) => i.code)
		.filter((code) => !answered.has(code));
}

/** Trimmed; empty becomes null. */
export function cleanNote(note: string | null | undefined): string | null {
	const n = (note ?? '').trim();
	return n === '' ? null : n;
}
