// The verification errors in the reader's language, for routes. Kept apart from the domain verbs
// (index.ts does not export it) so scripts can import those without Paraglide.
import { m } from '$lib/paraglide/messages';
import type { DomainError } from '../errors';

const MESSAGES: Record<string, () => string> = {
	verif_code_invalid: m.verif_code_invalid,
	verif_not_child: m.verif_not_child,
	verif_already: m.verif_already,
	verif_not_verified: m.verif_not_verified,
	verif_already_revoked: m.verif_already_revoked,
	verif_code: m.verif_code_not_found,
	verif_child: m.verif_child_not_found,
	verif_label: m.verif_v_label,
	verif_max_uses: m.verif_v_max_uses,
	verif_expiry: m.verif_v_expiry,
	verif_count: m.verif_v_count,
	verif_reason: m.v_reason_required,
	desa_unknown: m.e_desa_unknown
};

export function verificationMessage(e: DomainError): string {
	return (MESSAGES[e.code] ?? m.error_server_text)();
}
