// Messages for the reviews domain's error codes (see ../form.ts).
import { m } from '$lib/paraglide/messages';
import type { ErrorMessages } from './types';

export const REVIEWS_MESSAGES: ErrorMessages = {
	review: m.review_err_forbidden,
	review_proposal: m.error_not_found_text,
	review_not_submitted: m.review_err_not_submitted,
	review_final: m.review_err_final,
	review_realise_needs_accepted: m.review_err_realise_needs_accepted,
	review_transition: m.review_err_transition,
	review_status: m.review_err_transition,
	review_program: m.review_v_program,
	review_plan_year: m.review_v_plan_year,
	review_amount: m.review_v_amount,
	review_reason: m.review_v_reason,
	review_deferred_year: m.review_v_deferred_year,
	review_realised_at: m.review_v_realised_at,
	review_note: m.review_v_note,
	review_opd: m.review_v_opd,
	review_opd_only: m.review_err_opd_only,
	review_opd_not_assigned: m.review_err_opd_not_assigned
};
