// Safeguarding rules with no I/O: what a recorded action needs, and when an item counts as handled.
import { SAFEGUARDING_ACTIONS } from '../db/schema';
import type { SafeguardingErrorCode } from './errors';

export type SafeguardingAction = (typeof SAFEGUARDING_ACTIONS)[number];
export { SAFEGUARDING_ACTIONS };

export const NOTE_MIN = 3;
export const NOTE_MAX = 2000;
export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** Deciding there is no concern, or only writing a note, must say why: the next reader needs it. */
export const NOTE_REQUIRED: readonly SafeguardingAction[] = ['note', 'no_concern'];

export interface ActionInput {
	action: string;
	note?: string | null;
}

export function isSafeguardingAction(value: string): value is SafeguardingAction {
	return (SAFEGUARDING_ACTIONS as readonly string[]).includes(value);
}

/** The first problem with a recorded action as [code, field], or null. */
export function actionProblem(input: ActionInput): [SafeguardingErrorCode, 'action' | 'note'] | null {
	if (!isSafeguardingAction(input.action)) return ['safe_action', 'action'];
	const note = input.note?.trim() ?? '';
	if (note.length === 0) return NOTE_REQUIRED.includes(input.action) ? ['safe_note_required', 'note'] : null;
	if (note.length < NOTE_MIN) return ['safe_note_short', 'note'];
	if (note.length > NOTE_MAX) return ['safe_note_long', 'note'];
	return null;
}

/** An item waits until someone records what was done; notes alone do not close it. */
export function isHandled(actions: readonly SafeguardingAction[]): boolean {
	return actions.some((a) => a !== 'note');
}
