// Forms of the facilities pages that more than one route posts.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** A Forum Anak member confirms or reopens an earlier finding during their audit. */
export const checkSchema = z.object({
	findingId: z.number().int().min(1),
	auditId: z.number().int().min(1),
	outcome: z.enum(['confirmed', 'reopened']),
	note: z
		.string()
		.trim()
		.max(500, { error: () => m.fac_v_note_long() })
		.default('')
});
