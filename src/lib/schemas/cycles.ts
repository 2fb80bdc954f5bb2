// The cycle form (admin). Dates are calendar days in WIB, 'YYYY-MM-DD' as <input type="date"> sends
// them; the server turns them into instants (opening and golden-ticket day from 00:00 WIB, voting
// cut-off and review deadline to the end of the day, 23:59 WIB). The order of the dates is a domain
// rule (cycles.datesProblem), checked on the server with the other cycles.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const CYCLE_NAME_MIN = 5;
export const CYCLE_NAME_MAX = 100;
export const PLAN_YEAR_MIN = 2020;
export const PLAN_YEAR_MAX = 2100;

/** Each rule of a cycle with its allowed range and the default a new cycle starts from. */
export const CYCLE_RULES = {
	voteBudget: { min: 1, max: 20, default: 5 },
	minVotesForTicket: { min: 1, max: 1000, default: 10 },
	ticketsPerKecamatan: { min: 0, max: 20, default: 2 },
	ticketsForKabupaten: { min: 0, max: 50, default: 5 },
	reportsToHide: { min: 1, max: 50, default: 3 },
	answerDays: { min: 1, max: 365, default: 30 }
} as const;
export type CycleRule = keyof typeof CYCLE_RULES;
export const CYCLE_RULE_NAMES = Object.keys(CYCLE_RULES) as CycleRule[];

export const CYCLE_DATES = ['opensAt', 'votingClosesAt', 'reviewStartsAt', 'reviewDeadlineAt'] as const;
export type CycleDateField = (typeof CYCLE_DATES)[number];

function isCalendarDay(s: string): boolean {
	const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!parts) return false;
	const d = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
	return d.toISOString().slice(0, 10) === s;
}

const day = z.string().refine(isCalendarDay, { error: () => m.cycle_v_date() });

function rule(name: CycleRule) {
	const r = CYCLE_RULES[name];
	const error = () => m.cycle_v_number({ min: r.min, max: r.max });
	return z.number({ error }).int({ error }).min(r.min, { error }).max(r.max, { error }).default(r.default);
}

const nameError = () => m.cycle_v_name({ min: CYCLE_NAME_MIN, max: CYCLE_NAME_MAX });
const yearError = () => m.cycle_v_plan_year({ min: PLAN_YEAR_MIN, max: PLAN_YEAR_MAX });

export const cycleSchema = z.object({
	name: z.string().trim().min(CYCLE_NAME_MIN, { error: nameError }).max(CYCLE_NAME_MAX, { error: nameError }),
	planYear: z
		.number({ error: yearError })
		.int({ error: yearError })
		.min(PLAN_YEAR_MIN, { error: yearError })
		.max(PLAN_YEAR_MAX, { error: yearError }),
	opensAt: day,
	votingClosesAt: day,
	reviewStartsAt: day,
	reviewDeadlineAt: day,
	voteBudget: rule('voteBudget'),
	minVotesForTicket: rule('minVotesForTicket'),
	ticketsPerKecamatan: rule('ticketsPerKecamatan'),
	ticketsForKabupaten: rule('ticketsForKabupaten'),
	reportsToHide: rule('reportsToHide'),
	answerDays: rule('answerDays')
});

export type CycleForm = z.infer<typeof cycleSchema>;
