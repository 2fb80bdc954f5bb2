// Safeguarding errors in the reader's language, for routes. Kept out of index.ts so scripts can import
// the domain verbs without Paraglide.
import { m } from '$lib/paraglide/messages';
import type { DomainError } from '../errors';

const MESSAGES: Record<string, () => string> = {
	safeguard: m.error_forbidden_text,
	admin: m.error_forbidden_text,
	moderate: m.error_forbidden_text,
	safe_item: m.error_not_found_text,
	user: m.error_not_found_text,
	safe_action: m.safe_v_action,
	safe_note_required: m.safe_v_note_required,
	safe_note_short: m.safe_v_note_short,
	safe_note_long: m.safe_v_note_long,
	safe_reason_short: m.v_reason_required,
	safe_reason_long: m.v_reason_long,
	safe_self: m.safe_err_self,
	safe_not_facilitator: m.safe_err_not_facilitator,
	safe_already_granted: m.safe_err_already_granted,
	safe_not_granted: m.safe_err_not_granted
};

export function safeguardingMessage(e: DomainError): string {
	return (MESSAGES[e.code] ?? m.error_server_text)();
}
