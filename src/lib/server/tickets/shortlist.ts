// The shortlist of a cycle with the numbers behind every line: candidates and votes loaded in two
// queries, then the pure rule (rules.ts). Safeguarding posts never appear; nor do ideas still in moderation.
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { withPhase, type CycleWithPhase } from '../cycles';
import type { DbOrTx } from '../db/client';
import {
	cycles,
	ideas,
	regions,
	ticketSelections,
	users,
	votes,
	type Cycle,
	type IdeaStatus
} from '../db/schema';
import { NotFound } from '../errors';
import { shortlist, type Line, type TicketRule } from './rules';

/** Ideas the shortlist shows: published ones, and those that left the race in public (with why). */
const SHOWN: IdeaStatus[] = ['terbit', 'disembunyikan', 'ditarik', 'digabung'];

export interface ShortlistLine extends Line {
	title: string;
	status: IdeaStatus;
	level: 'desa' | 'kecamatan' | 'kabupaten';
	regionCode: string;
	placeName: string;
	kecamatanName: string | null;
	cluster: number;
	body: string;
	authorId: string;
	/** Null when the author deleted the account. */
	authorName: string | null;
}

export interface Shortlist {
	cycle: CycleWithPhase;
	rule: TicketRule;
	/** Winners and other eligible ideas first (best first), then the excluded ones. */
	lines: ShortlistLine[];
	confirmedAt: Date | null;
}

const place = alias(regions, 'place');
const kecamatan = alias(regions, 'kecamatan');

export function ruleOf(c: Cycle): TicketRule {
	return {
		minVotes: c.minVotesForTicket,
		perKecamatan: c.ticketsPerKecamatan,
		forKabupaten: c.ticketsForKabupaten
	};
}

/** The rule and lines of a cycle; after confirmation, the rule as it was confirmed. */
export function linesFor(db: DbOrTx, cycle: Cycle): Omit<Shortlist, 'cycle'> {
	const selection = db.select().from(ticketSelections).where(eq(ticketSelections.cycleId, cycle.id)).get();
	const rule = selection ?? ruleOf(cycle);
	const candidates = db
		.select({
			id: ideas.id,
			status: ideas.status,
			kecamatanCode: ideas.kecamatanCode,
			title: ideas.title,
			body: ideas.body,
			level: ideas.level,
			regionCode: ideas.regionCode,
			cluster: ideas.cluster,
			placeName: place.name,
			kecamatanName: kecamatan.name,
			authorId: ideas.authorId,
			authorName: sql<string | null>`case when ${users.deletedAt} is null then ${users.username} end`
		})
		.from(ideas)
		.innerJoin(place, eq(ideas.regionCode, place.code))
		.leftJoin(kecamatan, eq(ideas.kecamatanCode, kecamatan.code))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.where(and(eq(ideas.cycleId, cycle.id), inArray(ideas.status, SHOWN)))
		.all();
	const cast = db
		.select({
			ideaId: votes.ideaId,
			at: votes.createdAt,
			// Verified now. A deleted account lost its verification with its personal data, but its votes
			// of a closed cycle are kept on purpose so the counts behind the tickets never change.
			verified: sql<number>`(${users.verifiedAt} is not null or ${users.deletedAt} is not null)`
		})
		.from(votes)
		.innerJoin(ideas, eq(votes.ideaId, ideas.id))
		.innerJoin(users, eq(votes.userId, users.id))
		.where(and(eq(ideas.cycleId, cycle.id), lte(votes.createdAt, cycle.votingClosesAt)))
		.all()
		.map((v) => ({ ideaId: v.ideaId, at: v.at, verified: v.verified === 1 }));
	const byId = new Map(candidates.map((c) => [c.id, c]));
	const lines = shortlist(candidates, cast, {
		minVotes: rule.minVotes,
		perKecamatan: rule.perKecamatan,
		forKabupaten: rule.forKabupaten
	}).map((l) => ({ ...byId.get(l.ideaId)!, ...l }));
	return {
		rule: { minVotes: rule.minVotes, perKecamatan: rule.perKecamatan, forKabupaten: rule.forKabupaten },
		lines,
		confirmedAt: selection?.confirmedAt ?? null
	};
}

/** The computed shortlist of a cycle, with the rule used and the numbers behind every line. */
export function computeShortlist(db: DbOrTx, cycleId: number, now = new Date()): Shortlist {
	const c = db.select().from(cycles).where(eq(cycles.id, cycleId)).get();
	if (!c) throw new NotFound('cycle');
	return { cycle: withPhase(c, now), ...linesFor(db, c) };
}

/** Cycles whose voting has closed, newest cut-off first: the ones a shortlist can be confirmed for. */
export function closedCycles(db: DbOrTx, now = new Date()): CycleWithPhase[] {
	return db
		.select()
		.from(cycles)
		.where(lte(cycles.votingClosesAt, now))
		.orderBy(desc(cycles.votingClosesAt))
		.all()
		.map((c) => withPhase(c, now));
}
