// The cycle verbs' refusals as a message on the form field at fault, in the reader's language.
import { setError, type SuperValidated } from 'sveltekit-superforms';
import type { CycleForm } from '$lib/schemas/cycles';
import { CycleOverlap } from '$lib/server/cycles';
import { DomainError } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';

const ORDER: Record<string, () => string> = {
	votingClosesAt: m.cycle_e_cutoff_order,
	reviewStartsAt: m.cycle_e_review_order,
	reviewDeadlineAt: m.cycle_e_deadline_order
};

type Field = 'opensAt' | 'votingClosesAt' | 'reviewStartsAt' | 'reviewDeadlineAt';

/** The failure to return for a refused cycle, or undefined when `e` is not one of ours. */
export function refusal(form: SuperValidated<CycleForm>, e: unknown) {
	if (e instanceof CycleOverlap)
		return setError(form, e.field as Field, m.cycle_e_overlap({ name: e.other.name }), { status: 409 });
	if (e instanceof DomainError && e.code === 'cycle_dates' && e.field && e.field in ORDER)
		return setError(form, e.field as Field, ORDER[e.field]!());
	return undefined;
}
