// Messages for the facilities domain's error codes (see ../form.ts).
import { m } from '$lib/paraglide/messages';
import type { ErrorMessages } from './types';

export const FACILITIES_MESSAGES: ErrorMessages = {
	fac_forbidden: m.error_forbidden_text,
	fac_facility: m.error_not_found_text,
	fac_audit: m.error_not_found_text,
	fac_finding: m.error_not_found_text,
	fac_template: m.error_not_found_text,
	fac_type: m.fac_v_type,
	fac_name: m.fac_v_name,
	fac_address: m.fac_v_address,
	fac_desa: m.fac_e_desa,
	fac_opd: m.fac_e_opd,
	fac_tpl_code: m.fac_e_tpl_code,
	fac_tpl_code_taken: m.fac_e_tpl_code_taken,
	fac_tpl_text_missing: m.fac_e_tpl_text_missing,
	fac_tpl_text_long: m.fac_e_tpl_text_long,
	fac_tpl_weight: m.fac_e_tpl_weight,
	fac_tpl_empty_section: m.fac_e_tpl_empty_section,
	fac_tpl_empty: m.fac_e_tpl_empty,
	fac_audit_not_submitted: m.fac_e_audit_not_submitted,
	fac_comment: m.fac_v_comment,
	fac_not_your_opd: m.fac_e_not_your_opd,
	fac_plan: m.fac_v_plan,
	fac_target_day: m.fac_e_target_day,
	fac_finding_not_open: m.fac_e_finding_not_open,
	fac_fixed_note: m.fac_v_fixed_note,
	fac_not_team: m.fac_e_not_team,
	fac_check_note: m.fac_v_note_long,
	fac_finding_check_state: m.fac_e_finding_check_state,
	fac_check_audit_closed: m.fac_e_check_audit_closed,
	fac_cite_forum_only: m.fac_e_cite_forum_only,
	fac_cite_unknown: m.fac_e_cite_unknown
};
