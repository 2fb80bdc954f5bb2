// Moderation: the queue, a facilitator's decisions, and (below) reports, merging and suspension.
export { highlight, type Piece } from './highlight';
export {
	approve,
	bulkApprove,
	checkDecision,
	reject,
	requestChanges,
	REASONS,
	type Reason
} from './decisions';
export { figures, median, pending } from './queue';
export { merge } from './merge';
export { dismissReports, openReportCount, openReports, remove, restore } from './reports';
export { lift, suspend, suspensionOf } from './suspend';
