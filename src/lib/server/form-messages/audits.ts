// Messages for the audits domain's error codes (see ../form.ts).
import { m } from '$lib/paraglide/messages';
import type { ErrorMessages } from './types';

export const AUDITS_MESSAGES: ErrorMessages = {
	audit_not_forum: m.aud_err_not_forum,
	audit_facility: m.aud_err_facility,
	audit_no_template: m.aud_err_no_template,
	audit_member: m.aud_err_member,
	audit_team_size: m.aud_err_team_size,
	audit_facilitator: m.aud_err_facilitator,
	audit_facilitator_changed: m.aud_err_facilitator_changed,
	audit_date: m.aud_err_date,
	audit_not_found: m.aud_err_not_found,
	audit_not_member: m.aud_err_not_member,
	audit_not_editable: m.aud_err_not_editable,
	audit_item_unknown: m.aud_err_item_unknown,
	audit_answer: m.aud_err_answer,
	audit_note_long: m.aud_err_note_long,
	audit_answered_at: m.aud_err_answered_at,
	audit_answers_empty: m.aud_err_answers_empty,
	audit_answers_too_many: m.aud_err_answers_too_many,
	audit_payload: m.aud_err_payload,
	audit_payload_too_big: m.aud_err_payload_too_big,
	audit_photo_limit: m.aud_err_photo_limit,
	audit_photo_not_found: m.aud_err_photo_not_found,
	audit_unanswered: m.aud_err_unanswered,
	audit_answer_first: m.aud_err_answer_first
};
