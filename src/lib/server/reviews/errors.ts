/** Every code the reviews domain throws (the planning agency's decisions, OPD progress). */
export type ReviewsErrorCode =
	| 'review'
	| 'review_proposal'
	| 'review_not_submitted'
	| 'review_final'
	| 'review_realise_needs_accepted'
	| 'review_transition'
	| 'review_status'
	| 'review_program'
	| 'review_plan_year'
	| 'review_amount'
	| 'review_reason'
	| 'review_deferred_year'
	| 'review_realised_at'
	| 'review_note'
	| 'review_opd'
	| 'review_opd_only'
	| 'review_opd_not_assigned';
