// A cycle's phase follows from its dates alone, so every page and rule agrees on it.
export const PHASES = ['upcoming', 'open', 'voting_closed', 'in_review', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export interface CycleDates {
	opensAt: Date;
	votingClosesAt: Date;
	reviewStartsAt: Date;
	reviewDeadlineAt: Date;
}

/**
 * upcoming → open (ideas and votes) → voting_closed (golden-ticket selection)
 * → in_review (the planning agency answers) → closed.
 */
export function phaseAt(c: CycleDates, now: Date): Phase {
	const t = now.getTime();
	if (t < c.opensAt.getTime()) return 'upcoming';
	if (t < c.votingClosesAt.getTime()) return 'open';
	if (t < c.reviewStartsAt.getTime()) return 'voting_closed';
	if (t < c.reviewDeadlineAt.getTime()) return 'in_review';
	return 'closed';
}

/** Which date field is out of order, or null: each date must come after the one before. */
export function datesProblem(c: CycleDates): Exclude<keyof CycleDates, 'opensAt'> | null {
	if (c.votingClosesAt.getTime() <= c.opensAt.getTime()) return 'votingClosesAt';
	if (c.reviewStartsAt.getTime() < c.votingClosesAt.getTime()) return 'reviewStartsAt';
	if (c.reviewDeadlineAt.getTime() <= c.reviewStartsAt.getTime()) return 'reviewDeadlineAt';
	return null;
}

/** Two cycles' open phases (ideas and votes) may not overlap: at most one cycle is open at a time. */
export function openPhasesOverlap(a: CycleDates, b: CycleDates): boolean {
	return a.opensAt.getTime() < b.votingClosesAt.getTime() && b.opensAt.getTime() < a.votingClosesAt.getTime();
}
