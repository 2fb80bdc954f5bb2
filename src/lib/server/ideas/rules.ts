// Idea rules with no I/O: lengths, places, the lifecycle. Table-tested in rules.test.ts.
import type { IdeaLevel, IdeaStatus, RegionLevel } from '../db/schema';
import type { IdeasErrorCode } from './errors';

export const TITLE_MIN = 8;
export const TITLE_MAX = 120;
export const BODY_MIN = 30;
export const BODY_MAX = 2000;
export const IDEAS_PER_DAY = 10;
export const GROUP_SIZE_MAX = 500;

/** Statuses anyone may see; the rest only the author and staff see. */
export const PUBLIC_STATUSES: readonly IdeaStatus[] = ['terbit', 'digabung'];
/** The author may still change the text while it waits. */
export const EDITABLE_STATUSES: readonly IdeaStatus[] = ['menunggu', 'perlu_perbaikan'];
/** The author may withdraw while it waits and after publication. */
export const WITHDRAWABLE_STATUSES: readonly IdeaStatus[] = ['menunggu', 'perlu_perbaikan', 'terbit'];

export function isPublic(status: IdeaStatus): boolean {
	return PUBLIC_STATUSES.includes(status);
}

/** The region level a place must have for an idea of this level. */
export function placeLevels(level: IdeaLevel): RegionLevel[] {
	if (level === 'desa') return ['desa', 'kelurahan'];
	if (level === 'kecamatan') return ['kecamatan'];
	return ['kabupaten'];
}

export interface TextInput {
	title: string;
	body: string;
	cluster: number;
}

/** The first problem with the text fields as [code, field], or null. */
export function textProblem(input: TextInput): [IdeasErrorCode, keyof TextInput] | null {
	const title = input.title.trim();
	const body = input.body.trim();
	if (title.length < TITLE_MIN) return ['idea_title_short', 'title'];
	if (title.length > TITLE_MAX) return ['idea_title_long', 'title'];
	if (body.length < BODY_MIN) return ['idea_body_short', 'body'];
	if (body.length > BODY_MAX) return ['idea_body_long', 'body'];
	if (!Number.isInteger(input.cluster) || input.cluster < 1 || input.cluster > 5)
		return ['idea_cluster', 'cluster'];
	return null;
}

/** Builds the FTS5 query for words a person typed: every word must match, as a prefix. */
export function ftsQuery(text: string, mode: 'all' | 'any' = 'all'): string | null {
	const words = text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= (mode === 'any' ? 3 : 1))
		.slice(0, 12);
	if (words.length === 0) return null;
	// Quoting each word makes FTS5 operators in user input (AND, NEAR, *, ") plain text.
	return words.map((w) => `"${w}"*`).join(mode === 'any' ? ' OR ' : ' ');
}
