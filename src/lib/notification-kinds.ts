// What can happen to a child's idea that they are told about, and the parameters each message needs.
// No per-vote notifications: a note for every supporter would be noise and would profile who backs whom.

export interface NotificationParams {
	idea_submitted: Record<string, never>;
	idea_published: Record<string, never>;
	idea_rejected: { reason: string };
	idea_changes_requested: { reason: string };
	idea_withdrawn: Record<string, never>;
	idea_hidden: Record<string, never>;
	idea_restored: Record<string, never>;
	/** `target`: the title of the idea this one was merged into. */
	idea_merged: { target: string };
	/** To the author of the idea another was merged into: `source` is the merged idea's title. */
	idea_merge_received: { source: string };
	idea_golden_ticket: Record<string, never>;
	/** `status`: the planning agency's decision, one of DECISION_STATUSES. */
	idea_decision: { status: DecisionStatus };
	/** The same decision, to a child who supported the idea without writing it. */
	supported_idea_decision: { status: DecisionStatus };
	/** To the audit team: a facilitator sent the audit back; `reason` is the facilitator's comment. */
	audit_returned: { auditId: number; reason: string };
	/** To the audit team: the report is public. */
	audit_published: { auditId: number };
}

export type NotificationKind = keyof NotificationParams;

export const NOTIFICATION_KINDS = [
	'idea_submitted',
	'idea_published',
	'idea_rejected',
	'idea_changes_requested',
	'idea_withdrawn',
	'idea_hidden',
	'idea_restored',
	'idea_merged',
	'idea_merge_received',
	'idea_golden_ticket',
	'idea_decision',
	'supported_idea_decision',
	'audit_returned',
	'audit_published'
] as const satisfies readonly NotificationKind[];

/** accepted into the RKPD · deferred · declined · done. */
export const DECISION_STATUSES = ['diterima', 'ditunda', 'ditolak', 'direalisasikan'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
