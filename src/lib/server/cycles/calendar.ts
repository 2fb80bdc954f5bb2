// Between the admin form (calendar days in WIB) and stored cycles (instants): which end of a day each
// date means, and sensible dates for the next cycle.
import type { Cycle } from '../db/schema';
import { addDays, dayEnd, dayOf, dayStart, lastDayOf } from './wib';

type DateKey = 'opensAt' | 'votingClosesAt' | 'reviewStartsAt' | 'reviewDeadlineAt';
export type CycleInput = Omit<Cycle, 'id' | 'createdAt'>;
/** A cycle as the form holds it: the four dates as 'YYYY-MM-DD' days in WIB. */
export type CycleDays = Omit<CycleInput, DateKey> & Record<DateKey, string>;

/** Opening and the golden-ticket hand-over start at 00:00 WIB; the cut-off and deadline last all day. */
export function fromDays(f: CycleDays): CycleInput {
	return {
		...f,
		opensAt: dayStart(f.opensAt),
		votingClosesAt: dayEnd(f.votingClosesAt),
		reviewStartsAt: dayStart(f.reviewStartsAt),
		reviewDeadlineAt: dayEnd(f.reviewDeadlineAt)
	};
}

export function toDays(c: CycleInput): CycleDays {
	return {
		name: c.name,
		planYear: c.planYear,
		opensAt: dayOf(c.opensAt),
		votingClosesAt: lastDayOf(c.votingClosesAt),
		reviewStartsAt: dayOf(c.reviewStartsAt),
		reviewDeadlineAt: lastDayOf(c.reviewDeadlineAt),
		voteBudget: c.voteBudget,
		minVotesForTicket: c.minVotesForTicket,
		ticketsPerKecamatan: c.ticketsPerKecamatan,
		ticketsForKabupaten: c.ticketsForKabupaten,
		reportsToHide: c.reportsToHide,
		answerDays: c.answerDays
	};
}

/** 90 days of ideas and votes, 15 days to pick golden tickets, 30 days for the planning agency. */
export const DEFAULT_SPAN = { votingDays: 90, selectionDays: 15, reviewDays: 30 } as const;

export type NewCycleDates = Pick<CycleDays, 'name' | 'planYear' | DateKey>;

/**
 * A new cycle opens tomorrow, or the day after the latest cycle's cut-off if that is later (so it never
 * overlaps), and feeds the plan year after the latest one.
 */
export function nextCycleDates(latest: Pick<Cycle, 'votingClosesAt' | 'planYear'> | undefined, now: Date) {
	const tomorrow = addDays(dayOf(now), 1);
	const afterLatest = latest ? addDays(lastDayOf(latest.votingClosesAt), 1) : tomorrow;
	const opensAt = afterLatest > tomorrow ? afterLatest : tomorrow;
	const votingClosesAt = addDays(opensAt, DEFAULT_SPAN.votingDays - 1);
	const reviewStartsAt = addDays(votingClosesAt, DEFAULT_SPAN.selectionDays);
	const reviewDeadlineAt = addDays(reviewStartsAt, DEFAULT_SPAN.reviewDays - 1);
	const planYear = Math.max(latest ? latest.planYear + 1 : 0, Number(opensAt.slice(0, 4)) + 1);
	return {
		// Named after the year the deliberation takes place, feeding the next year's RKPD.
		name: `Musrenbang Anak ${planYear - 1}`,
		planYear,
		opensAt,
		votingClosesAt,
		reviewStartsAt,
		reviewDeadlineAt
	} satisfies NewCycleDates;
}
