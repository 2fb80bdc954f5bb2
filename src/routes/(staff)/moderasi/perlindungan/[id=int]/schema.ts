// The record form, checked in the browser and on the server. The domain checks the same rules again
// (safeguarding/rules.ts); the list of actions mirrors SAFEGUARDING_ACTIONS in the schema.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const ACTIONS = ['referred_uptd', 'contacted_facilitator', 'no_concern', 'note'] as const;
const NOTE_REQUIRED: readonly string[] = ['note', 'no_concern'];

export const recordSchema = z
	.object({
		action: z.string().refine((a) => (ACTIONS as readonly string[]).includes(a), {
			error: () => m.safe_v_action()
		}),
		note: z
			.string()
			.trim()
			.max(2000, { error: () => m.safe_v_note_long() })
			.default('')
	})
	.refine((f) => f.note.length > 0 || !NOTE_REQUIRED.includes(f.action), {
		path: ['note'],
		error: () => m.safe_v_note_required()
	})
	.refine((f) => f.note.length === 0 || f.note.length >= 3, {
		path: ['note'],
		error: () => m.safe_v_note_short()
	});
