import type { ContentIssue } from './rules';

/** Every code the facilities domain throws (facilities, checklists, reviews of audits, findings). */
export type FacilitiesErrorCode =
	| ContentIssue['code']
	| 'fac_forbidden'
	| 'fac_facility'
	| 'fac_audit'
	| 'fac_finding'
	| 'fac_template'
	| 'fac_type'
	| 'fac_name'
	| 'fac_address'
	| 'fac_desa'
	| 'fac_opd'
	| 'fac_audit_not_submitted'
	| 'fac_comment'
	| 'fac_not_your_opd'
	| 'fac_plan'
	| 'fac_target_day'
	| 'fac_finding_not_open'
	| 'fac_fixed_note'
	| 'fac_not_team'
	| 'fac_check_note'
	| 'fac_finding_check_state'
	| 'fac_check_audit_closed'
	| 'fac_cite_forum_only'
	| 'fac_cite_unknown';
