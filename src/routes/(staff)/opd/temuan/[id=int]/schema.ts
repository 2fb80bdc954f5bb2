// The agency's two answers to a finding: a plan with a target day, and "fixed" with a photo.
import { z } from 'zod';
import { PHOTO_MAX_BYTES } from '$lib/schemas/idea';
import { m } from '$lib/paraglide/messages';

export const planSchema = z.object({
	plan: z
		.string()
		.trim()
		.min(10, { error: () => m.fac_v_plan() })
		.max(1000, { error: () => m.fac_v_plan() }),
	targetDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.fac_v_target_day() })
});

export const fixedSchema = z.object({
	note: z
		.string()
		.trim()
		.max(1000, { error: () => m.fac_v_fixed_note() })
		.default(''),
	photo: z
		.instanceof(File)
		.refine((f) => f.size <= PHOTO_MAX_BYTES, { error: () => m.idea_err_photo_too_big() })
		.optional()
});
