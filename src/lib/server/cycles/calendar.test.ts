import { describe, expect, it } from 'vitest';
import { fromDays, nextCycleDates, toDays, type CycleDays } from './calendar';
import { addDays, dayEnd, dayOf, dayStart, isDay, lastDayOf } from './wib';

describe('WIB days', () => {
	it('a day starts at 00:00 WIB, which is 17:00 UTC the day before', () => {
		expect(dayStart('2027-03-31').toISOString()).toBe('2027-03-30T17:00:00.000Z');
	});

	it('a day picked as a cut-off lasts until 23:59:59.999 WIB', () => {
		expect(dayEnd('2027-03-31').toISOString()).toBe('2027-03-31T16:59:59.999Z');
	});

	it.each([
		['2027-03-30T16:59:59.999Z', '2027-03-30'],
		['2027-03-30T17:00:00.000Z', '2027-03-31'],
		['2027-12-31T17:00:00.000Z', '2028-01-01']
	])('%s falls on %s in WIB', (iso, day) => {
		expect(dayOf(new Date(iso))).toBe(day);
	});

	it('an end at exactly 00:00 WIB belongs to the day before', () => {
		expect(lastDayOf(dayStart('2027-04-01'))).toBe('2027-03-31');
		expect(lastDayOf(dayEnd('2027-03-31'))).toBe('2027-03-31');
	});

	it.each([
		['2027-02-28', true],
		['2028-02-29', true],
		['2027-02-29', false],
		['2027-13-01', false],
		['2027-1-1', false],
		['', false]
	])('%s is a calendar day: %s', (day, ok) => {
		expect(isDay(day)).toBe(ok);
	});

	it('refuses to convert a day that does not exist', () => {
		expect(() => dayStart('2027-02-30')).toThrow(RangeError);
	});

	it('adds days across months and years', () => {
		expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
		expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
	});
});

const form: CycleDays = {
	name: 'Musrenbang Anak 2027',
	planYear: 2028,
	opensAt: '2027-01-05',
	votingClosesAt: '2027-03-31',
	reviewStartsAt: '2027-04-15',
	reviewDeadlineAt: '2027-05-15',
	voteBudget: 5,
	minVotesForTicket: 10,
	ticketsPerKecamatan: 2,
	ticketsForKabupaten: 5,
	reportsToHide: 3,
	answerDays: 30
};

describe('fromDays / toDays', () => {
	it('opening and golden-ticket day start at 00:00 WIB; cut-off and deadline end at 23:59 WIB', () => {
		const c = fromDays(form);
		expect(c.opensAt.toISOString()).toBe('2027-01-04T17:00:00.000Z');
		expect(c.votingClosesAt.toISOString()).toBe('2027-03-31T16:59:59.999Z');
		expect(c.reviewStartsAt.toISOString()).toBe('2027-04-14T17:00:00.000Z');
		expect(c.reviewDeadlineAt.toISOString()).toBe('2027-05-15T16:59:59.999Z');
		expect(c).toMatchObject({ name: form.name, planYear: 2028, voteBudget: 5, answerDays: 30 });
	});

	it('round-trips to the same days', () => {
		expect(toDays(fromDays(form))).toEqual(form);
	});

	it('shows a cut-off stored at any time of day as that WIB day', () => {
		const c = { ...fromDays(form), votingClosesAt: new Date('2027-03-31T03:00:00Z') };
		expect(toDays(c).votingClosesAt).toBe('2027-03-31');
	});
});

describe('nextCycleDates', () => {
	const now = new Date('2026-09-10T05:00:00Z');

	it('with no cycle yet: opens tomorrow, 90 days of voting, 15 to pick tickets, 30 to answer', () => {
		expect(nextCycleDates(undefined, now)).toEqual({
			name: 'Musrenbang Anak 2026',
			planYear: 2027,
			opensAt: '2026-09-11',
			votingClosesAt: '2026-12-09',
			reviewStartsAt: '2026-12-24',
			reviewDeadlineAt: '2027-01-22'
		});
	});

	it('opens the day after the latest cut-off, for the plan year after the latest', () => {
		const latest = { votingClosesAt: dayEnd('2027-03-31'), planYear: 2028 };
		const next = nextCycleDates(latest, now);
		expect(next).toMatchObject({ name: 'Musrenbang Anak 2028', planYear: 2029, opensAt: '2027-04-01' });
	});

	it('never opens in the past when the latest cycle is long over', () => {
		const latest = { votingClosesAt: dayEnd('2020-03-31'), planYear: 2021 };
		expect(nextCycleDates(latest, now)).toMatchObject({ opensAt: '2026-09-11', planYear: 2027 });
	});

	it('its dates are in order and do not overlap the latest cycle', () => {
		const latest = { votingClosesAt: new Date('2026-11-09T05:00:00Z'), planYear: 2027 };
		const c = fromDays({ ...form, ...nextCycleDates(latest, now) });
		expect(c.opensAt.getTime()).toBeGreaterThan(latest.votingClosesAt.getTime());
		expect(c.votingClosesAt < c.reviewStartsAt && c.reviewStartsAt < c.reviewDeadlineAt).toBe(true);
	});
});
