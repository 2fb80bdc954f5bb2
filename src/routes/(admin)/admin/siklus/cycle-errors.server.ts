// The cycle verbs' refusals as a message on the form field at fault, in the reader's language.
import { setError, type SuperValidated } from 'sveltekit-superforms';
import type { CycleForm } from '$lib/schemas/cycles';
import { CycleOverlap } from '$lib/server/cycles';
import { DomainError, type ErrorCode } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';

const ORDER: Partial<Record<ErrorCode, () => string>> = {
	cycle_cutoff_order: m.cycle_e_cutoff_order,
	cycle_review_order: m.cycle_e_review_order,
	cycle_deadline_order: m.cycle_e_deadline_order
};

type Field = 'opensAt' | 'votingClosesAt' | 'reviewStartsAt' | 'reviewDeadlineAt';

/** The failure to return for a refused cycle, or undefined when `e` is not one of ours. */
export function refusal(form: SuperValidated<CycleForm>, e: unknown) {
	if (e instanceof CycleOverlap)
		return setError(form, e.field as Field, m.cycle_e_overlap({ name: e.other.name }), { status: 409 });
	const words = e instanceof DomainError ? ORDER[e.code] : undefined;
	if (e instanceof DomainError && words && e.field) return setError(form, e.field as Field, words());
	return undefined;
}
