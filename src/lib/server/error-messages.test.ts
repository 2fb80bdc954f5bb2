// Every code a domain throws has its own words in both languages (the type makes a missing one fail
// `npm run check`; this proves the words resolve, and the few that read the error fill it in).
import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { CycleOverlap } from './cycles';
import { DomainError, Forbidden, Invalid, NotFound, type ErrorCode } from './errors';
import { ERROR_MESSAGES, errorMessage, signInWaitMessage } from './error-messages';
import { RateLimited } from './security/limits';

afterAll(() => overwriteGetLocale(() => 'id'));

const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];

describe('error messages', () => {
	it.each(['id', 'en'] as const)(
		'gives every code words in %s, never the "problem on our side" text',
		(locale) => {
			overwriteGetLocale(() => locale);
			expect(codes.length).toBeGreaterThan(200);
			for (const code of codes) {
				const words = errorMessage(new DomainError(code));
				expect(words, code).toMatch(/\S/);
				expect(words, code).not.toBe(m.error_server_text());
			}
		}
	);

	it('words the codes that fell back to "a problem on our side" before', () => {
		overwriteGetLocale(() => 'en');
		expect(errorMessage(new NotFound('modr_user'))).toBe('Child account not found.');
		expect(errorMessage(new NotFound('notification'))).toBe('That notification was not found.');
		expect(errorMessage(new NotFound('cycle'))).toBe('This cycle does not exist.');
		expect(errorMessage(new Forbidden('staff_self_delete'))).toMatch(/^Staff accounts cannot be deleted/);
	});

	it('says how long to wait, and which cycle overlaps, from the error itself', () => {
		overwriteGetLocale(() => 'en');
		const wait = new RateLimited(4 * 60_000 + 1);
		expect(errorMessage(wait)).toMatch(/5 min/);
		expect(signInWaitMessage(wait)).toMatch(/5/);
		expect(errorMessage(new CycleOverlap({ id: 1, name: 'Musrenbang 2027' }, 'opensAt'))).toContain(
			'"Musrenbang 2027"'
		);
		expect(errorMessage(new Invalid('cycle_review_order', 'reviewStartsAt'))).toBe(
			'The golden-ticket day must come after the day of the voting cut-off.'
		);
	});

	it('refuses, at compile time, a code no domain declares', () => {
		// @ts-expect-error 'no_such_code' is in no domain's ErrorCode union
		expect(new Invalid('no_such_code').code).toBe('no_such_code');
	});
});
