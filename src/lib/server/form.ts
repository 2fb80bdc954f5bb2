// Turns a domain error into a message next to the right form field, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { DomainError } from './errors';
import { TICKETS_MESSAGES } from './form-messages/tickets';
import { REVIEWS_MESSAGES } from './form-messages/reviews';
import { FACILITIES_MESSAGES } from './form-messages/facilities';
import { AUDITS_MESSAGES } from './form-messages/audits';
import { DASHBOARD_MESSAGES } from './form-messages/dashboard';
import { SECURITY_MESSAGES } from './form-messages/security';

const MESSAGES: Record<string, () => string> = {
	nickname_short: m.v_nickname_short,
	nickname_long: m.v_nickname_long,
	nickname_contact: m.e_nickname_contact,
	nickname_taken: m.e_nickname_taken,
	nickname_reserved: m.e_nickname_reserved,
	password_short: m.v_password_short,
	password_long: m.v_password_long,
	staff_password_short: m.v_staff_password_short,
	birth_month: m.v_birth_month,
	birth_year: m.v_birth_year,
	too_old: m.e_too_old,
	too_young: m.e_too_young,
	desa_unknown: m.e_desa_unknown,
	consent_required: m.e_consent_required,
	reset_invalid: m.e_reset_invalid,
	role_wrong_account: m.e_role_wrong_account,
	opd_required: m.e_opd_required,
	username_format: m.e_username_format,
	username_taken: m.e_username_taken,
	email_taken: m.e_email_taken,
	self: m.e_self,
	user: m.error_not_found_text,
	idea: m.error_not_found_text,
	idea_title_short: m.idea_v_title_short,
	idea_title_long: m.idea_v_title_long,
	idea_body_short: m.idea_v_body_short,
	idea_body_long: m.idea_v_body_long,
	idea_cluster: m.idea_v_cluster,
	idea_place: m.idea_err_place,
	idea_group_forum_only: m.idea_err_group_forum_only,
	idea_group_forum: m.idea_v_group_forum,
	idea_group_size: m.idea_v_group_size,
	idea_not_child: m.idea_err_not_child,
	idea_rate_limited: m.idea_err_rate_limited,
	idea_not_editable: m.idea_err_idea_not_editable,
	idea_not_withdrawable: m.idea_err_not_withdrawable,
	idea_not_author: m.idea_err_not_author,
	photo_type: m.idea_err_photo_type,
	photo_too_big: m.idea_err_photo_too_big,
	photo_corrupt: m.idea_err_photo_corrupt,
	photo_heic: m.idea_err_photo_heic,
	photo_dimensions: m.idea_err_photo_dimensions,
	moderate: m.error_forbidden_text,
	moderate_own: m.mod_err_own,
	moderate_not_waiting: m.mod_err_not_waiting,
	moderate_reason: m.mod_v_reason,
	moderate_flagged_unchecked: m.mod_err_flagged_unchecked,
	suspended: m.mod_err_suspended,
	vote_unverified: m.vote_err_unverified,
	vote_not_child: m.vote_err_not_child,
	vote_own_idea: m.vote_err_own_idea,
	vote_closed: m.vote_err_closed,
	vote_not_open: m.vote_err_not_open,
	vote_idea_unavailable: m.vote_err_idea_unavailable,
	vote_budget_spent: m.vote_err_budget_spent,
	...TICKETS_MESSAGES,
	...REVIEWS_MESSAGES,
	...FACILITIES_MESSAGES,
	...AUDITS_MESSAGES,
	...DASHBOARD_MESSAGES,
	...SECURITY_MESSAGES
};

export function domainMessage(e: DomainError): string {
	return (MESSAGES[e.code] ?? m.error_server_text)();
}

export { DomainError };

/**
 * The posted form data, or null when the body is not form data (a script's text/plain, multipart cut
 * off): the action then answers 400 with `m.form_unreadable()` instead of a 500. For actions that
 * cannot use a superform (superValidate already treats such a body as an empty form).
 */
export async function readForm(request: Request): Promise<FormData | null> {
	return request.formData().catch(() => null);
}

/** Screening found personal data or rude words: say what, next to the text, and offer to send anyway. */
export function screeningWarning(hits: { personal: string[]; insult: string[] }): string {
	const parts: string[] = [];
	if (hits.personal.length) parts.push(m.idea_warn_personal({ hits: hits.personal.join(', ') }));
	if (hits.insult.length) parts.push(m.idea_warn_insult({ hits: hits.insult.join(', ') }));
	return parts.join(' ');
}
