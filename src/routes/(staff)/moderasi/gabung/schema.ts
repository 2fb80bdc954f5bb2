// Merging one idea into another: both ids and the facilitator's reason.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { REASON_MAX } from '$lib/limits';

export const mergeSchema = z.object({
	fromId: z.number().int().min(1),
	intoId: z.number().int().min(1),
	reason: z
		.string()
		.trim()
		.min(3, { error: () => m.v_reason_required() })
		.max(REASON_MAX, { error: () => m.v_reason_long() })
});
