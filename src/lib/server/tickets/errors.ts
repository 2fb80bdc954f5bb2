// Refusals that name the exact line or fields at fault, so the form can say it next to them.
import { Invalid } from '../errors';
import type { RequiredField } from './access';

/** Every code the tickets domain throws (the shortlist, its confirmation, the proposals). */
export type TicketsErrorCode =
	| 'proposal'
	| 'finding'
	| 'ticket_too_early'
	| 'ticket_confirmed'
	| 'ticket_reason'
	| 'ticket_add_invalid'
	| 'ticket_skip_invalid'
	| 'ticket_change_twice'
	| 'ticket_forbidden'
	| 'ticket_not_editable'
	| 'ticket_field'
	| 'ticket_place'
	| 'ticket_desa_outside'
	| 'ticket_opd_unknown'
	| 'ticket_finding_unpublished'
	| 'ticket_incomplete';

/** A change to the shortlist is refused: `ideaId` names the line. */
export class ChangeRefused extends Invalid {
	constructor(
		code: TicketsErrorCode,
		readonly ideaId: number
	) {
		super(code, 'reason');
	}
}

/** The proposal cannot go to the planning agency yet: these fields are still empty. */
export class ProposalIncomplete extends Invalid {
	constructor(readonly missing: RequiredField[]) {
		super('ticket_incomplete', missing[0]);
	}
}
