import { describe, expect, it } from 'vitest';
import { datesProblem, openPhasesOverlap, phaseAt, type CycleDates, type Phase } from './phase';

const at = (iso: string) => new Date(iso);
const ms = (d: Date, n: number) => new Date(d.getTime() + n);

const cycle: CycleDates = {
	opensAt: at('2027-01-05T00:00:00Z'),
	votingClosesAt: at('2027-03-31T00:00:00Z'),
	reviewStartsAt: at('2027-04-15T00:00:00Z'),
	reviewDeadlineAt: at('2027-05-15T00:00:00Z')
};

describe('phaseAt', () => {
	it.each<[string, Date, Phase]>([
		['long before opening', at('2026-06-01T00:00:00Z'), 'upcoming'],
		['1 ms before opening', ms(cycle.opensAt, -1), 'upcoming'],
		['exactly at opening', cycle.opensAt, 'open'],
		['mid-way through voting', at('2027-02-14T08:00:00Z'), 'open'],
		['1 ms before the cut-off', ms(cycle.votingClosesAt, -1), 'open'],
		['exactly at the cut-off', cycle.votingClosesAt, 'voting_closed'],
		['1 ms before review starts', ms(cycle.reviewStartsAt, -1), 'voting_closed'],
		['exactly when review starts', cycle.reviewStartsAt, 'in_review'],
		['1 ms before the review deadline', ms(cycle.reviewDeadlineAt, -1), 'in_review'],
		['exactly at the review deadline', cycle.reviewDeadlineAt, 'closed'],
		['a year later', at('2028-06-01T00:00:00Z'), 'closed']
	])('%s → %s', (_name, now, phase) => {
		expect(phaseAt(cycle, now)).toBe(phase);
	});

	it('skips voting_closed when the golden tickets go out at the cut-off itself', () => {
		const c = { ...cycle, reviewStartsAt: cycle.votingClosesAt };
		expect(phaseAt(c, ms(c.votingClosesAt, -1))).toBe('open');
		expect(phaseAt(c, c.votingClosesAt)).toBe('in_review');
	});
});

describe('datesProblem', () => {
	it('accepts dates in order', () => {
		expect(datesProblem(cycle)).toBeNull();
	});

	it.each<[string, Partial<CycleDates>, keyof CycleDates | null]>([
		['cut-off equal to opening', { votingClosesAt: cycle.opensAt }, 'votingClosesAt'],
		['cut-off before opening', { votingClosesAt: ms(cycle.opensAt, -1) }, 'votingClosesAt'],
		['cut-off 1 ms after opening', { votingClosesAt: ms(cycle.opensAt, 1) }, null],
		[
			'review starting before the cut-off',
			{ reviewStartsAt: ms(cycle.votingClosesAt, -1) },
			'reviewStartsAt'
		],
		['review starting at the cut-off', { reviewStartsAt: cycle.votingClosesAt }, null],
		['deadline equal to review start', { reviewDeadlineAt: cycle.reviewStartsAt }, 'reviewDeadlineAt'],
		['deadline before review start', { reviewDeadlineAt: ms(cycle.reviewStartsAt, -1) }, 'reviewDeadlineAt'],
		['deadline before opening', { reviewDeadlineAt: ms(cycle.opensAt, -1) }, 'reviewDeadlineAt'],
		[
			'everything reversed: the first date at fault is named',
			{
				opensAt: cycle.reviewDeadlineAt,
				votingClosesAt: cycle.reviewStartsAt,
				reviewStartsAt: cycle.votingClosesAt,
				reviewDeadlineAt: cycle.opensAt
			},
			'votingClosesAt'
		]
	])('%s → %s', (_name, change, field) => {
		expect(datesProblem({ ...cycle, ...change })).toBe(field);
	});
});

describe('openPhasesOverlap', () => {
	const other = (opens: Date, closes: Date): CycleDates => ({
		opensAt: opens,
		votingClosesAt: closes,
		reviewStartsAt: ms(closes, 1),
		reviewDeadlineAt: ms(closes, 2)
	});

	it.each<[string, CycleDates, boolean]>([
		['opens the moment the first closes', other(cycle.votingClosesAt, at('2027-06-01T00:00:00Z')), false],
		[
			'opens 1 ms before the first closes',
			other(ms(cycle.votingClosesAt, -1), at('2027-06-01T00:00:00Z')),
			true
		],
		['closes the moment the first opens', other(at('2026-10-01T00:00:00Z'), cycle.opensAt), false],
		['closes 1 ms after the first opens', other(at('2026-10-01T00:00:00Z'), ms(cycle.opensAt, 1)), true],
		['lies inside the first', other(at('2027-02-01T00:00:00Z'), at('2027-02-10T00:00:00Z')), true],
		['wraps around the first', other(at('2026-12-01T00:00:00Z'), at('2027-06-01T00:00:00Z')), true],
		// Only the ideas-and-votes phases count: the next cycle may open while the last is in review.
		[
			'opens during the first one’s review',
			other(ms(cycle.reviewStartsAt, 1), at('2027-08-01T00:00:00Z')),
			false
		]
	])('a cycle that %s → %s', (_name, b, overlaps) => {
		expect(openPhasesOverlap(cycle, b)).toBe(overlaps);
		expect(openPhasesOverlap(b, cycle)).toBe(overlaps);
	});
});
