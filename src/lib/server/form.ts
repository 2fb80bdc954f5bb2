// Turns a domain error into the answer a page or form gives: its words (error-messages.ts) on the right
// form field, with the HTTP status its kind means. Every route catches a refusal through these.
import { error, type ActionFailure } from '@sveltejs/kit';
import { message, setError, type FormPathLeavesWithErrors, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import { errorMessage } from './error-messages';
import { Conflict, DomainError, Forbidden, NotFound } from './errors';
import { RateLimited } from './security/limits';

type Status = 400 | 403 | 404 | 409 | 429;

/** The status a refusal's kind means. */
function statusOf(e: DomainError): Status {
	if (e instanceof NotFound) return 404;
	if (e instanceof Forbidden) return 403;
	if (e instanceof Conflict) return 409;
	if (e instanceof RateLimited) return 429;
	return 400;
}

/** A domain refusal's words and status, for answers that are not a superform; anything else is thrown on. */
export function refusal(e: unknown): { error: DomainError; message: string; status: Status } {
	if (!(e instanceof DomainError)) throw e;
	return { error: e, message: errorMessage(e), status: statusOf(e) };
}

type Field<T extends Record<string, unknown>> = '' | FormPathLeavesWithErrors<T>;

interface Place<T extends Record<string, unknown>> {
	/** The field the words go next to ('' or left out: the whole form), or a choice from the error. */
	field?: Field<T> | ((e: DomainError) => Field<T>);
	/** Shown as the form's message (superforms `message`) instead of an error. */
	asMessage?: boolean;
	/** When this form answers every refusal with one status, whatever its kind. */
	status?: Status;
	/** The thing the form works on is gone: show the 404 page with these words, not a form error. */
	notFoundPage?: string;
}

/**
 * A refused verb as the form's failure (`fail` with the form), with the words on the field `place`
 * says; anything that is not a DomainError is thrown on, so a bug still reaches handleError.
 */
export function refuse<T extends Record<string, unknown>, M>(
	form: SuperValidated<T, M>,
	e: unknown,
	place: Place<T> = {}
) {
	const r = refusal(e);
	if (place.notFoundPage !== undefined && r.error instanceof NotFound) pageError(r.error, place.notFoundPage);
	const status = place.status ?? r.status;
	// Always a failure: message() answers `fail` for any status of 400 or more.
	if (place.asMessage)
		return message(form, r.message as M, { status }) as ActionFailure<{ form: typeof form }>;
	const field = typeof place.field === 'function' ? place.field(r.error) : (place.field ?? '');
	return setError(form, field, r.message, { status });
}

/**
 * In a load: a missing thing is the 404 page (with `notFoundText` when it has its own words), a
 * forbidden one the 403 page saying why; anything else is thrown on.
 */
export function pageError(e: unknown, notFoundText: string = m.error_not_found_text()): never {
	if (e instanceof NotFound) error(404, { message: notFoundText });
	if (e instanceof Forbidden) error(403, { message: errorMessage(e) });
	throw e;
}

export { DomainError };

/**
 * The posted form data, or null when the body is not form data (a script's text/plain, multipart cut
 * off): the action then answers 400 with `m.form_unreadable()` instead of a 500. For actions that
 * cannot use a superform (superValidate already treats such a body as an empty form).
 */
export async function readForm(request: Request): Promise<FormData | null> {
	return request.formData().catch(() => null);
}

/** Where the two steps of an irreversible action are (see confirmStep). */
export type ConfirmStep = 'ask' | 'cancelled' | 'confirmed';

/**
 * An irreversible action (confirming the golden tickets, rejecting an idea) acts only on its second
 * step: the first submit answers with a question whose "Ya" sends `confirmed=1` and whose "Batal"
 * sends `cancel=1` (ConfirmStep.svelte). The server decides, so a plain POST without JavaScript, or
 * one sent by hand, never acts on the first submit.
 */
export function confirmStep(data: FormData): ConfirmStep {
	if (data.get('cancel') === '1') return 'cancelled';
	return data.get('confirmed') === '1' ? 'confirmed' : 'ask';
}
