import { describe, expect, it } from 'vitest';
import { actionProblem, isHandled, NOTE_MAX } from './rules';

describe('actionProblem', () => {
	it.each([
		['a referral without a note', { action: 'referred_uptd' }, null],
		['contact via the facilitator with a note', { action: 'contacted_facilitator', note: 'Bu Rina' }, null],
		['no concern with its reason', { action: 'no_concern', note: 'Maksudnya pukul 3 sore' }, null],
		['a note', { action: 'note', note: 'Sudah dibaca, menunggu pendamping' }, null],
		['a note of exactly the longest length', { action: 'note', note: 'x'.repeat(NOTE_MAX) }, null],
		['an unknown action', { action: 'deleted', note: 'x'.repeat(10) }, ['safe_action', 'action']],
		['an empty action', { action: '' }, ['safe_action', 'action']],
		['a note without text', { action: 'note' }, ['safe_note_required', 'note']],
		['a note of only spaces', { action: 'note', note: '   ' }, ['safe_note_required', 'note']],
		['no concern without a reason', { action: 'no_concern', note: null }, ['safe_note_required', 'note']],
		['a two-letter note', { action: 'note', note: ' ok ' }, ['safe_note_short', 'note']],
		['a two-letter note on a referral', { action: 'referred_uptd', note: 'ok' }, ['safe_note_short', 'note']],
		['a note one too long', { action: 'note', note: 'x'.repeat(NOTE_MAX + 1) }, ['safe_note_long', 'note']]
	])('%s', (_label, input, expected) => {
		expect(actionProblem(input)).toEqual(expected);
	});
});

describe('isHandled', () => {
	it.each([
		[[], false],
		[['note'], false],
		[['note', 'note'], false],
		[['note', 'referred_uptd'], true],
		[['contacted_facilitator'], true],
		[['no_concern', 'note'], true]
	] as const)('%j → %s', (actions, expected) => {
		expect(isHandled(actions)).toBe(expected);
	});
});
