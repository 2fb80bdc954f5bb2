// Words for the facilities area's stored values, in the reader's language. Shared by the public
// pages, the review pages and the agency's pages.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

type FacilityType = 'rbra' | 'puskesmas';
type FindingStatus = 'terbuka' | 'direncanakan' | 'diperbaiki' | 'selesai';
type Answer = 'ya' | 'sebagian' | 'tidak' | 'tb';
type EventKind = 'plan' | 'fixed' | 'confirmed' | 'reopened';

const TYPES: Record<FacilityType, () => string> = {
	rbra: m.fac_type_rbra,
	puskesmas: m.fac_type_puskesmas
};
const STATUSES: Record<FindingStatus, () => string> = {
	terbuka: m.fac_status_terbuka,
	direncanakan: m.fac_status_direncanakan,
	diperbaiki: m.fac_status_diperbaiki,
	selesai: m.fac_status_selesai
};
const ANSWERS: Record<Answer, () => string> = {
	ya: m.fac_answer_ya,
	sebagian: m.fac_answer_sebagian,
	tidak: m.fac_answer_tidak,
	tb: m.fac_answer_tb
};
const EVENTS: Record<EventKind, () => string> = {
	plan: m.fac_event_plan,
	fixed: m.fac_event_fixed,
	confirmed: m.fac_event_confirmed,
	reopened: m.fac_event_reopened
};
const ROLES: Record<string, () => string> = {
	opd: m.role_opd,
	forum_anak: m.role_forum_anak,
	fasilitator: m.role_fasilitator
};

export const FACILITY_TYPES: FacilityType[] = ['rbra', 'puskesmas'];

export const typeLabel = (t: FacilityType) => TYPES[t]();
export const statusLabel = (s: FindingStatus) => STATUSES[s]();
export const answerLabel = (a: Answer) => ANSWERS[a]();
export const eventLabel = (k: EventKind) => EVENTS[k]();
/** Who acted, as a role: findings' timelines never name a person. */
export const actorLabel = (role: string) => (ROLES[role] ?? m.fac_actor_other)();

/** The text of a checklist in the reader's language. */
export const bi = (t: { id: string; en: string } | null | undefined) =>
	t ? (getLocale() === 'en' ? t.en : t.id) : '';

/** A stored share (0–1) as "87%", or a dash when there is nothing to score. */
export const pct = (score: number | null | undefined) =>
	score === null || score === undefined ? '—' : `${Math.round(score * 100)}%`;

/** Colour for a score: the same thresholds everywhere so a reader learns them once. */
export function scoreTone(score: number | null | undefined): string {
	if (score === null || score === undefined) return 'preset-tonal-surface';
	if (score >= 0.8) return 'preset-filled-success-500';
	if (score >= 0.5) return 'preset-filled-warning-500';
	return 'preset-filled-error-500';
}

export const statusTone = (s: FindingStatus) =>
	s === 'selesai' || s === 'diperbaiki'
		? 'preset-tonal-success'
		: s === 'direncanakan'
			? 'preset-tonal-primary'
			: 'preset-tonal-warning';
