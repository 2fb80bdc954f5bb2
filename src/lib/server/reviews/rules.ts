// The planning agency's decisions on a golden-ticket proposal, with no I/O: which status may follow
// which, and what each one needs. The service writes the patch this returns in one transaction.
import type { DecisionStatus } from '../../notification-kinds';
import {
	REVIEW_AMOUNT_MAX,
	REVIEW_PROGRAM_MAX,
	REVIEW_PROGRAM_MIN,
	REVIEW_TEXT_MAX,
	REVIEW_TEXT_MIN,
	REVIEW_YEARS_AHEAD
} from '../../review-limits';
import type { ProposalStatus } from '../db/schema';
import { Conflict, Invalid } from '../errors';
import type { ReviewsErrorCode } from './errors';

export { DECISION_STATUSES, type DecisionStatus } from '../../notification-kinds';

export type DecisionInput =
	| { status: 'diterima'; programName: string; planYear: number; amount: number }
	| { status: 'ditunda'; reason: string; deferredToYear?: number | null }
	| { status: 'ditolak'; reason: string }
	| { status: 'direalisasikan'; realisedAt: Date; note: string; photo?: string | null };

/**
 * The decisions open from each status. A draft is not the agency's yet; declined and done are final.
 * Accepted and deferred may be decided again (the RKPD amount changes, a deferred plan comes back).
 */
export const NEXT: Readonly<Record<ProposalStatus, readonly DecisionStatus[]>> = {
	disusun: [],
	diajukan: ['diterima', 'ditunda', 'ditolak'],
	diterima: ['diterima', 'ditunda', 'ditolak', 'direalisasikan'],
	ditunda: ['diterima', 'ditunda', 'ditolak'],
	ditolak: [],
	direalisasikan: []
};

/** Statuses that still wait for the agency's answer: counted overdue after the review deadline. */
export const UNANSWERED: readonly ProposalStatus[] = ['disusun', 'diajukan'];
/** Statuses that count as "in the plan" for the public shares. */
export const ACCEPTED: readonly ProposalStatus[] = ['diterima', 'direalisasikan'];

/** The columns a decision writes; the realisation keeps what the acceptance wrote. */
export interface DecisionPatch {
	status: DecisionStatus;
	programName?: string | null;
	planYear?: number | null;
	amount?: number | null;
	reason?: string | null;
	deferredToYear?: number | null;
	realisedAt?: Date | null;
	realisationNote?: string | null;
	realisationPhoto?: string | null;
}

export interface DecisionContext {
	/** The RKPD year the proposal's cycle feeds. */
	cyclePlanYear: number;
	now: Date;
}

function text(value: string, min: number, max: number, code: ReviewsErrorCode, field: string): string {
	const t = value.trim();
	if (t.length < min || t.length > max) throw new Invalid(code, field);
	return t;
}

function transition(from: ProposalStatus, to: DecisionStatus): void {
	if (from === 'disusun') throw new Conflict('review_not_submitted');
	if (from === 'ditolak' || from === 'direalisasikan') throw new Conflict('review_final');
	if (to === 'direalisasikan' && from !== 'diterima') throw new Conflict('review_realise_needs_accepted');
	if (!NEXT[from].includes(to)) throw new Conflict('review_transition');
}

const cleared = { programName: null, planYear: null, amount: null, reason: null, deferredToYear: null };

/**
 * Checks a decision against the proposal's status and returns what to write, with the note the
 * public timeline shows. Throws Conflict for a change not allowed from here, Invalid for bad input.
 */
export function decide(
	from: ProposalStatus,
	input: DecisionInput,
	ctx: DecisionContext
): { patch: DecisionPatch; note: string } {
	transition(from, input.status);
	switch (input.status) {
		case 'diterima': {
			const programName = text(
				input.programName,
				REVIEW_PROGRAM_MIN,
				REVIEW_PROGRAM_MAX,
				'review_program',
				'programName'
			);
			const year = input.planYear;
			if (
				!Number.isInteger(year) ||
				year < ctx.cyclePlanYear - 1 ||
				year > ctx.cyclePlanYear + REVIEW_YEARS_AHEAD
			)
				throw new Invalid('review_plan_year', 'planYear');
			if (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > REVIEW_AMOUNT_MAX)
				throw new Invalid('review_amount', 'amount');
			return {
				patch: { ...cleared, status: 'diterima', programName, planYear: year, amount: input.amount },
				note: programName
			};
		}
		case 'ditunda': {
			const reason = text(input.reason, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX, 'review_reason', 'reason');
			const later = input.deferredToYear ?? null;
			if (
				later !== null &&
				(!Number.isInteger(later) ||
					later <= ctx.cyclePlanYear ||
					later > ctx.cyclePlanYear + REVIEW_YEARS_AHEAD)
			)
				throw new Invalid('review_deferred_year', 'deferredToYear');
			return { patch: { ...cleared, status: 'ditunda', reason, deferredToYear: later }, note: reason };
		}
		case 'ditolak': {
			const reason = text(input.reason, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX, 'review_reason', 'reason');
			return { patch: { ...cleared, status: 'ditolak', reason }, note: reason };
		}
		case 'direalisasikan': {
			const at = input.realisedAt;
			if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() > ctx.now.getTime())
				throw new Invalid('review_realised_at', 'realisedAt');
			const note = text(input.note, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX, 'review_note', 'note');
			return {
				patch: {
					status: 'direalisasikan',
					realisedAt: at,
					realisationNote: note,
					realisationPhoto: input.photo ?? null
				},
				note
			};
		}
		default:
			throw new Invalid('review_status', 'status');
	}
}

/** A progress note from the agency that carries the proposal out. */
export function progressNote(note: string): string {
	return text(note, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX, 'review_note', 'note');
}
