// Golden tickets: the shortlist at a cycle's cut-off, its confirmation, and the proposals made from it.
export { shortlist, type Line, type TicketRule } from './rules';
export { computeShortlist, closedCycles, type Shortlist, type ShortlistLine } from './shortlist';
export { checkConfirm, confirm, type ChangeInput, type ConfirmResult } from './confirm';
export { get, confirmedSelection, type ProposalDetail } from './read';
export {
	forEditor,
	updateProposal,
	submitProposal,
	linkFinding,
	unlinkFinding,
	type ProposalActor,
	type ProposalInput
} from './proposals';
export { mayWorkOn, editProblem, missingForSubmit, REQUIRED_TO_SUBMIT, type RequiredField } from './access';
export { ChangeRefused, ProposalIncomplete } from './errors';
export { TICKET_LIMITS as LIMITS } from '../../ticket-limits';
