// Proposal statuses, sources and timeline entries in words, for badges, lists and timelines.
import { m } from '$lib/paraglide/messages';

const STATUS: Record<string, () => string> = {
	disusun: m.review_status_disusun,
	diajukan: m.review_status_diajukan,
	diterima: m.review_status_diterima,
	ditunda: m.review_status_ditunda,
	ditolak: m.review_status_ditolak,
	direalisasikan: m.review_status_direalisasikan
};
const SOURCE: Record<string, () => string> = {
	kecamatan: m.review_source_kecamatan,
	kabupaten: m.review_source_kabupaten,
	added: m.review_source_added
};

export const PROPOSAL_STATUS_LIST = [
	'disusun',
	'diajukan',
	'diterima',
	'ditunda',
	'ditolak',
	'direalisasikan'
] as const;

export const proposalStatusLabel = (s: string) => (STATUS[s] ?? m.review_status_diajukan)();
export const sourceLabel = (s: string) => (SOURCE[s] ?? m.review_source_kecamatan)();

/** Who did it, as a role: the planning agency by its configured name, never a person. */
export function actorLabel(role: string, agency: string): string {
	if (role === 'bappeda') return agency;
	if (role === 'opd') return m.review_actor_opd();
	if (role === 'fasilitator') return m.review_actor_fasilitator();
	if (role === 'forum_anak') return m.review_actor_forum_anak();
	return m.review_actor_sistem();
}

export interface TimelineEvent {
	kind: string;
	status: string | null;
	opdName: string | null;
}

export function eventLabel(e: TimelineEvent, agency: string): string {
	switch (e.kind) {
		case 'created':
			return m.review_event_created();
		case 'submitted':
			return m.review_event_submitted({ agency });
		case 'opd':
			return m.review_event_opd({ opd: e.opdName ?? '' });
		case 'progress':
			return m.review_event_progress({ opd: e.opdName ?? m.review_actor_opd() });
		default:
			return proposalStatusLabel(e.status ?? '');
	}
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The ages of those who benefit, as typed: "6–12" gets its unit, "6–12 tahun" (what the field's hint
 * suggests) keeps the one it has instead of reading "usia 6–12 tahun tahun".
 */
export function agesLabel(ages: string): string {
	const text = ages.trim();
	return /\b(tahun|thn|th|years?|yrs?|bulan|months?)\b/i.test(text)
		? m.review_ages_as_written({ ages: text })
		: m.review_ages({ ages: text });
}
