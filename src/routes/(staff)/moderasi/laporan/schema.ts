// A decision on a reported idea: which idea, and why (shown on its timeline and to its author).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { REASON_MAX } from '$lib/limits';

export const decideSchema = z.object({
	id: z.number().int().min(1),
	reason: z
		.string()
		.trim()
		.min(3, { error: () => m.v_reason_required() })
		.max(REASON_MAX, { error: () => m.v_reason_long() })
});
