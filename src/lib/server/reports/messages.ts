// Errors of reporting, merging and suspension in the reader's language, for routes. Kept apart from
// the verbs (index.ts does not export it) so scripts can import those without Paraglide.
import { m } from '$lib/paraglide/messages';
import type { DomainError } from '../errors';
import { domainMessage } from '../form';

const MESSAGES: Record<string, () => string> = {
	report_own: m.modr_err_report_own,
	report_reason: m.modr_err_report_reason,
	report_note: m.modr_err_report_note,
	modr_reason: m.modr_err_reason,
	modr_not_hidden: m.modr_err_not_hidden,
	modr_not_removable: m.modr_err_not_removable,
	modr_not_published: m.modr_err_not_published,
	modr_no_reports: m.modr_err_no_reports,
	modr_merge_self: m.modr_err_merge_self,
	modr_merge_status: m.modr_err_merge_status,
	modr_merge_closed: m.modr_err_merge_closed,
	modr_merge_cycle: m.modr_err_merge_cycle,
	modr_suspend_not_child: m.modr_err_suspend_not_child,
	modr_suspend_until: m.modr_err_suspend_until,
	modr_not_suspended: m.modr_err_not_suspended,
	user: m.modr_err_user
};

/** Our codes first; the shared ones (moderate, moderate_own, idea…) as form.ts words them. */
export function moderationMessage(e: DomainError): string {
	return MESSAGES[e.code]?.() ?? domainMessage(e);
}
