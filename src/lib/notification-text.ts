// A stored notification (kind + params) as text in the reader's language.
import { m } from '$lib/paraglide/messages';
import {
	DECISION_STATUSES,
	type DecisionStatus,
	type NotificationKind,
	type NotificationParams
} from './notification-kinds';

type Params = Record<string, string | number> | null | undefined;

const DECISIONS: Record<DecisionStatus, () => string> = {
	diterima: m.notif_decision_diterima,
	ditunda: m.notif_decision_ditunda,
	ditolak: m.notif_decision_ditolak,
	direalisasikan: m.notif_decision_direalisasikan
};

function decision(status: unknown): string {
	return DECISION_STATUSES.includes(status as DecisionStatus)
		? DECISIONS[status as DecisionStatus]()
		: String(status ?? '');
}

const str = (v: unknown) => String(v ?? '');

const TEXT: { [K in NotificationKind]: (p: Partial<NotificationParams[K]>) => string } = {
	idea_submitted: () => m.notif_idea_submitted(),
	idea_published: () => m.notif_idea_published(),
	idea_rejected: (p) => m.notif_idea_rejected({ reason: str(p.reason) }),
	idea_changes_requested: (p) => m.notif_idea_changes_requested({ reason: str(p.reason) }),
	idea_withdrawn: () => m.notif_idea_withdrawn(),
	idea_hidden: () => m.notif_idea_hidden(),
	idea_restored: () => m.notif_idea_restored(),
	idea_merged: (p) => m.notif_idea_merged({ target: str(p.target) }),
	idea_merge_received: (p) => m.notif_idea_merge_received({ source: str(p.source) }),
	idea_golden_ticket: () => m.notif_idea_golden_ticket(),
	idea_decision: (p) => m.notif_idea_decision({ status: decision(p.status) }),
	supported_idea_decision: (p) => m.notif_supported_idea_decision({ status: decision(p.status) }),
	audit_returned: (p) => m.fac_notif_audit_returned({ reason: str(p.reason) }),
	audit_published: () => m.fac_notif_audit_published()
};

export function isNotificationKind(kind: string): kind is NotificationKind {
	return Object.hasOwn(TEXT, kind);
}

/** The text of a notification; a kind this version does not know still reads as something sensible. */
export function notificationText(kind: string, params: Params): string {
	if (!isNotificationKind(kind)) return m.notif_unknown();
	return (TEXT[kind] as (p: Params & object) => string)(params ?? {});
}
