// Refusals that name the exact line or fields at fault, so the form can say it next to them.
import { Invalid } from '../errors';
import type { RequiredField } from './access';

/** A change to the shortlist is refused: `ideaId` names the line. */
export class ChangeRefused extends Invalid {
	constructor(
		code: string,
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
