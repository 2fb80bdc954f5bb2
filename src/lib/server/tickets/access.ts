// Who may complete a golden-ticket proposal, and what it needs before it goes to the planning agency.
// Pure rules, tested table by table.
import { can, hasRole, isChild, type Actor } from '../auth/permissions';
import type { ProposalStatus } from '../db/schema';

export interface ProposalScope {
	/** Null for a proposal about the whole kabupaten. */
	kecamatanCode: string | null;
	status: ProposalStatus;
}

/**
 * A facilitator, or a Forum Anak member (still a child) whose desa lies in the proposal's kecamatan;
 * any Forum Anak member for a kabupaten-wide proposal. `actorKecamatan`: the kecamatan of the actor's desa.
 */
export function mayWorkOn(
	actor: Actor,
	actorKecamatan: string | null,
	p: Pick<ProposalScope, 'kecamatanCode'>,
	now = new Date()
): boolean {
	if (can(actor, 'moderate', now)) return true;
	if (!hasRole(actor, 'forum_anak') || !isChild(actor, now)) return false;
	return p.kecamatanCode === null || (actorKecamatan !== null && actorKecamatan === p.kecamatanCode);
}

/** Why the actor may not change the proposal now, or null: only while it is being written. */
export function editProblem(
	actor: Actor,
	actorKecamatan: string | null,
	p: ProposalScope,
	now = new Date()
): 'ticket_forbidden' | 'ticket_not_editable' | null {
	if (!mayWorkOn(actor, actorKecamatan, p, now)) return 'ticket_forbidden';
	if (p.status !== 'disusun') return 'ticket_not_editable';
	return null;
}

/** The role shown on the public timeline for the actor's changes. */
export function actorRole(actor: Actor, now = new Date()): 'fasilitator' | 'forum_anak' {
	return can(actor, 'moderate', now) ? 'fasilitator' : 'forum_anak';
}

export interface Completeness {
	title: string;
	problem: string;
	activity: string;
	kecamatanCode: string | null;
	locationNote: string | null;
	beneficiaries: number | null;
	beneficiaryAges: string | null;
	opdId: number | null;
	volume: number | null;
	unit: string | null;
	priority: number;
	cluster: number;
}

/** Everything a SIPD operator needs, in form order; the location is a kecamatan or a described place. */
export const REQUIRED_TO_SUBMIT = [
	'title',
	'problem',
	'activity',
	'location',
	'beneficiaries',
	'beneficiaryAges',
	'opdId',
	'volume',
	'unit',
	'priority',
	'cluster'
] as const;
export type RequiredField = (typeof REQUIRED_TO_SUBMIT)[number];

const filled = (s: string | null) => !!s && s.trim().length > 0;
const positive = (n: number | null) => n !== null && Number.isFinite(n) && n > 0;

/** The required fields still missing before the proposal may be sent; the cost stays optional. */
export function missingForSubmit(p: Completeness): RequiredField[] {
	const ok: Record<RequiredField, boolean> = {
		title: filled(p.title),
		problem: filled(p.problem),
		activity: filled(p.activity),
		location: p.kecamatanCode !== null || filled(p.locationNote),
		beneficiaries: positive(p.beneficiaries) && Number.isInteger(p.beneficiaries),
		beneficiaryAges: filled(p.beneficiaryAges),
		opdId: p.opdId !== null,
		volume: positive(p.volume),
		unit: filled(p.unit),
		priority: Number.isInteger(p.priority) && p.priority >= 1,
		cluster: Number.isInteger(p.cluster) && p.cluster >= 1 && p.cluster <= 5
	};
	return REQUIRED_TO_SUBMIT.filter((f) => !ok[f]);
}
