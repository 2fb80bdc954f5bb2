// Messages for the tickets domain's error codes (see ../form.ts).
import { m } from '$lib/paraglide/messages';
import type { ErrorMessages } from './types';

export const TICKETS_MESSAGES: ErrorMessages = {
	ticket_too_early: m.ticket_e_too_early,
	ticket_confirmed: m.ticket_e_confirmed,
	ticket_reason: m.ticket_v_reason,
	ticket_add_invalid: m.ticket_e_add_invalid,
	ticket_skip_invalid: m.ticket_e_skip_invalid,
	ticket_change_twice: m.ticket_e_change_twice,
	ticket_forbidden: m.ticket_e_forbidden,
	ticket_not_editable: m.ticket_e_not_editable,
	ticket_field: m.ticket_e_field,
	ticket_place: m.ticket_e_place,
	ticket_desa_outside: m.ticket_e_desa_outside,
	ticket_opd_unknown: m.ticket_e_opd_unknown,
	ticket_finding_unpublished: m.ticket_e_finding_unpublished,
	ticket_incomplete: m.ticket_e_incomplete,
	proposal: m.ticket_e_not_found,
	finding: m.ticket_v_finding
};
