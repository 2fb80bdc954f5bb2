import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const MOD_REASONS = [
	'personal_data',
	'insult',
	'not_an_idea',
	'duplicate',
	'unclear',
	'other'
] as const;

/** Refuse or send back: a reason from the child-friendly list, plus words of the facilitator's own. */
export const decisionSchema = z
	.object({
		id: z.number().int().min(1),
		reason: z.string().default(''),
		note: z
			.string()
			.trim()
			.max(400, { error: () => m.v_reason_long() })
			.default('')
	})
	.refine(
		(v) =>
			(MOD_REASONS as readonly string[]).includes(v.reason) && (v.reason !== 'other' || v.note.length >= 3),
		{
			error: () => m.mod_v_reason(),
			path: ['reason']
		}
	);

export const approveSchema = z.object({ id: z.number().int().min(1), checked: z.boolean().default(false) });

export const bulkSchema = z.object({ ids: z.array(z.number().int().min(1)).max(100).default([]) });
