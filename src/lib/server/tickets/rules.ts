// The golden-ticket rule, with no I/O: which published ideas win a ticket at a cycle's cut-off.
// Only verified votes count; among ideas with at least the minimum, the top K of each kecamatan win,
// then the top M of the rest (kabupaten-level ideas and kecamatan runners-up) for the kabupaten.
// Ties go to the idea that reached its count first, then to the older idea.
import type { IdeaStatus } from '../db/schema';

export interface TicketRule {
	minVotes: number;
	perKecamatan: number;
	forKabupaten: number;
}

export interface Candidate {
	id: number;
	status: IdeaStatus;
	/** Null for an idea about the whole kabupaten. */
	kecamatanCode: string | null;
}

export interface CastVote {
	ideaId: number;
	/** Whether the voter is verified now: votes of children un-verified since do not count. */
	verified: boolean;
	at: Date;
}

export type Exclusion = 'not_published' | 'below_minimum';

export interface Line {
	ideaId: number;
	votes: number;
	/** When the idea reached its final count (its last counted vote). */
	reachedAt: Date | null;
	kecamatanCode: string | null;
	/** A winning line's slot and its rank within it; null for lines that do not win. */
	slot: 'kecamatan' | 'kabupaten' | null;
	rank: number | null;
	excluded: Exclusion | null;
}

function byStanding(a: Line, b: Line): number {
	if (b.votes !== a.votes) return b.votes - a.votes;
	const ta = a.reachedAt?.getTime() ?? Infinity;
	const tb = b.reachedAt?.getTime() ?? Infinity;
	if (ta !== tb) return ta - tb;
	return a.ideaId - b.ideaId;
}

/** Every candidate with the numbers behind its line; winners carry their slot and rank. */
export function shortlist(
	candidates: readonly Candidate[],
	votes: readonly CastVote[],
	rule: TicketRule
): Line[] {
	const counted = new Map<number, { n: number; last: Date | null }>();
	for (const v of votes) {
		if (!v.verified) continue;
		const c = counted.get(v.ideaId) ?? { n: 0, last: null };
		c.n += 1;
		if (!c.last || v.at.getTime() > c.last.getTime()) c.last = v.at;
		counted.set(v.ideaId, c);
	}
	const lines: Line[] = candidates.map((c) => {
		const v = counted.get(c.id);
		const votesFor = v?.n ?? 0;
		const excluded: Exclusion | null =
			c.status !== 'terbit' ? 'not_published' : votesFor < rule.minVotes ? 'below_minimum' : null;
		return {
			ideaId: c.id,
			votes: votesFor,
			reachedAt: v?.last ?? null,
			kecamatanCode: c.kecamatanCode,
			slot: null,
			rank: null,
			excluded
		};
	});
	const eligible = lines.filter((l) => l.excluded === null).sort(byStanding);

	const perKecamatan = new Map<string, number>();
	for (const line of eligible) {
		if (line.kecamatanCode === null) continue;
		const taken = perKecamatan.get(line.kecamatanCode) ?? 0;
		if (taken < rule.perKecamatan) {
			line.slot = 'kecamatan';
			line.rank = taken + 1;
			perKecamatan.set(line.kecamatanCode, taken + 1);
		}
	}
	let kabupaten = 0;
	for (const line of eligible) {
		if (line.slot !== null || kabupaten >= rule.forKabupaten) continue;
		kabupaten += 1;
		line.slot = 'kabupaten';
		line.rank = kabupaten;
	}
	return [...eligible, ...lines.filter((l) => l.excluded !== null).sort(byStanding)];
}
