// The cycle form schema and the words the badge and countdown show (both languages).
import { describe, expect, it } from 'vitest';
import { phaseLabel } from '$lib/components/CyclePhaseBadge.svelte';
import { timeLeft } from '$lib/components/Countdown.svelte';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { cycleSchema } from '$lib/schemas/cycles';
import { PHASES } from './phase';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = new Date('2027-01-01T00:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('timeLeft', () => {
	it.each([
		[12 * DAY + 5 * HOUR, '12 hari lagi', '12 days left'],
		[DAY, '1 hari lagi', '1 day left'],
		[DAY - 1, '23 jam lagi', '23 hours left'],
		[HOUR + 59 * MIN, '1 jam lagi', '1 hour left'],
		[59 * MIN + 59_999, '59 menit lagi', '59 minutes left'],
		[MIN, '1 menit lagi', '1 minute left'],
		[59_999, 'kurang dari 1 menit lagi', 'less than a minute left'],
		[0, 'sudah lewat', 'already passed'],
		[-DAY, 'sudah lewat', 'already passed']
	])('%i ms ahead reads "%s" / "%s"', (ms, id, en) => {
		overwriteGetLocale(() => 'id');
		expect(timeLeft(later(ms), now)).toBe(id);
		overwriteGetLocale(() => 'en');
		expect(timeLeft(later(ms), now)).toBe(en);
	});
});

describe('phaseLabel', () => {
	it('names every phase in both languages, with the agency', () => {
		overwriteGetLocale(() => 'id');
		expect(PHASES.map((p) => phaseLabel(p, 'Bapperida'))).toEqual([
			'Akan dibuka',
			'Dibuka',
			'Dukungan ditutup',
			'Ditinjau Bapperida',
			'Selesai'
		]);
		overwriteGetLocale(() => 'en');
		expect(PHASES.map((p) => phaseLabel(p))).toEqual([
			'Opens soon',
			'Open',
			'Voting closed',
			'In review at Bappeda',
			'Closed'
		]);
	});
});

describe('cycleSchema', () => {
	const valid = {
		name: 'Musrenbang Anak 2027',
		planYear: 2028,
		opensAt: '2027-01-05',
		votingClosesAt: '2027-03-31',
		reviewStartsAt: '2027-04-15',
		reviewDeadlineAt: '2027-05-15'
	};

	it('fills the default rules', () => {
		expect(cycleSchema.parse(valid)).toMatchObject({
			voteBudget: 5,
			minVotesForTicket: 10,
			ticketsPerKecamatan: 2,
			ticketsForKabupaten: 5,
			reportsToHide: 3,
			answerDays: 30
		});
	});

	it.each([
		['a name of 4 characters', { name: 'Abcd' }, 'name'],
		['a name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
		['plan year 2019', { planYear: 2019 }, 'planYear'],
		['plan year 2101', { planYear: 2101 }, 'planYear'],
		['a day that does not exist', { opensAt: '2027-02-30' }, 'opensAt'],
		['no cut-off', { votingClosesAt: '' }, 'votingClosesAt'],
		['a vote budget of 0', { voteBudget: 0 }, 'voteBudget'],
		['a vote budget of 21', { voteBudget: 21 }, 'voteBudget'],
		['minimum votes 1001', { minVotesForTicket: 1001 }, 'minVotesForTicket'],
		['21 tickets per kecamatan', { ticketsPerKecamatan: 21 }, 'ticketsPerKecamatan'],
		['51 kabupaten tickets', { ticketsForKabupaten: 51 }, 'ticketsForKabupaten'],
		['0 reports to hide', { reportsToHide: 0 }, 'reportsToHide'],
		['366 days to answer', { answerDays: 366 }, 'answerDays'],
		['half a vote', { voteBudget: 2.5 }, 'voteBudget']
	])('refuses %s on that field', (_name, change, field) => {
		overwriteGetLocale(() => 'id');
		const r = cycleSchema.safeParse({ ...valid, ...change });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
	});

	it.each([
		[{ ticketsPerKecamatan: 0, ticketsForKabupaten: 0 }],
		[{ voteBudget: 20, minVotesForTicket: 1000, reportsToHide: 50, answerDays: 365 }]
	])('accepts the edges of each range: %o', (change) => {
		expect(cycleSchema.safeParse({ ...valid, ...change }).success).toBe(true);
	});
});
