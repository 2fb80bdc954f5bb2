// Turns a domain error into a message next to the right form field, in the reader's language.
import { m } from '$lib/paraglide/messages';
import { DomainError } from './errors';

const MESSAGES: Record<string, () => string> = {
	nickname_short: m.v_nickname_short,
	nickname_long: m.v_nickname_long,
	nickname_contact: m.e_nickname_contact,
	nickname_taken: m.e_nickname_taken,
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
	user: m.error_not_found_text
};

export function domainMessage(e: DomainError): string {
	return (MESSAGES[e.code] ?? m.error_server_text)();
}

export { DomainError };
