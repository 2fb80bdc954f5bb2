/** Every code the cycles domain throws: not found, overlapping another cycle, dates out of order. */
export type CyclesErrorCode =
	'cycle' | 'cycle_overlap' | 'cycle_cutoff_order' | 'cycle_review_order' | 'cycle_deadline_order';
