// The planning agency's and the OPDs' forms on a proposal, shared by the pages and the server.
// The domain rule (server/reviews/rules.ts) checks the same limits again, with the proposal's context.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { amountField } from '$lib/schemas/amount';
import { PHOTO_MAX_BYTES } from '$lib/schemas/idea';
import {
	REVIEW_AMOUNT_MAX,
	REVIEW_PROGRAM_MAX,
	REVIEW_PROGRAM_MIN,
	REVIEW_TEXT_MAX,
	REVIEW_TEXT_MIN
} from '$lib/review-limits';

const childText = (error: () => string) =>
	z.string().trim().min(REVIEW_TEXT_MIN, { error }).max(REVIEW_TEXT_MAX, { error });

const year = (error: () => string) =>
	z.number({ error }).int({ error }).min(0, { error }).max(2200, { error });

export const acceptSchema = z.object({
	programName: z
		.string()
		.trim()
		.min(REVIEW_PROGRAM_MIN, { error: () => m.review_v_program() })
		.max(REVIEW_PROGRAM_MAX, { error: () => m.review_v_program() }),
	planYear: year(() => m.review_v_plan_year()).refine((y) => y > 0, { error: () => m.review_v_plan_year() }),
	amount: amountField(() => m.review_v_amount(), { min: 1, max: REVIEW_AMOUNT_MAX })
});

export const deferSchema = z.object({
	reason: childText(() => m.review_v_reason()),
	/** 0: no later year named yet. */
	deferredToYear: year(() => m.review_v_deferred_year()).default(0)
});

export const declineSchema = z.object({ reason: childText(() => m.review_v_reason()) });

export const realiseSchema = z.object({
	realisedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.review_v_realised_at() }),
	note: childText(() => m.review_v_note()),
	photo: z
		.instanceof(File)
		.refine((f) => f.size <= PHOTO_MAX_BYTES, { error: () => m.idea_err_photo_too_big() })
		.optional()
});

export const assignSchema = z.object({
	opdId: z
		.number({ error: () => m.review_v_opd() })
		.int()
		.min(1, { error: () => m.review_v_opd() })
});

export const progressSchema = z.object({
	proposalId: z.number().int().min(1),
	note: childText(() => m.review_v_note())
});
