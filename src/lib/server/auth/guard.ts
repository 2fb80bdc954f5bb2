// The one guard every protected load and action starts with. A layout alone protects nothing:
// each +page.server.ts calls one of these itself.
import { getRequestEvent } from '$app/server';
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Role } from '../db/schema';
import { can, hasRole, type Action } from './permissions';
import type { SessionUser } from './session';

/** Where a staff member whose role requires the second factor sets it up. */
export const SECOND_FACTOR_SETUP_PATH = '/akun/keamanan';

export interface GuardOptions {
	/** The set-up page itself: open to an account that must still set up its second factor. */
	allowSecondFactorSetup?: boolean;
}

export function requireUser(options: GuardOptions = {}): SessionUser {
	const { locals, url, request } = getRequestEvent();
	if (!locals.user) {
		// After sign-in, come back to the page (a form action's ?/name is dropped: it needs a POST).
		const back = request.method === 'GET' ? url.pathname + url.search : url.pathname;
		redirect(303, `/masuk?redirectTo=${encodeURIComponent(back)}`);
	}
	// A role requires the second factor and it is not set up: nothing else opens until it is.
	if (locals.user.mustSetUpSecondFactor && !options.allowSecondFactorSetup)
		redirect(303, `${SECOND_FACTOR_SETUP_PATH}?wajib=1`);
	return locals.user;
}

export function requireRole(...roles: Role[]): SessionUser {
	const user = requireUser();
	if (!hasRole(user, ...roles)) error(403, { message: m.error_forbidden_text() });
	return user;
}

export function requirePermission(action: Action, options: GuardOptions = {}): SessionUser {
	const user = requireUser(options);
	if (!can(user, action)) error(403, { message: m.error_forbidden_text() });
	return user;
}
