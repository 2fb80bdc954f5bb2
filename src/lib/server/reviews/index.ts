export * from './detail';
export * from './public';
export {
	defaultCycleId,
	forExport,
	forOpd,
	listForCycle,
	PAGE_SIZE,
	reviewCycles,
	SUBMITTED,
	type ReviewFilter
} from './read';
export {
	ACCEPTED,
	DECISION_STATUSES,
	NEXT,
	UNANSWERED,
	type DecisionInput,
	type DecisionStatus
} from './rules';
export * from './write';
