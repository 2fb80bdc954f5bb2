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

function signedIn(openDuringSetUp: boolean): SessionUser {
	const { locals, url, request } = getRequestEvent();
	if (!locals.user) {
		// After sign-in, come back to the page (a form action's ?/name is dropped: it needs a POST).
		const back = request.method === 'GET' ? url.pathname + url.search : url.pathname;
		redirect(303, `/masuk?redirectTo=${encodeURIComponent(back)}`);
	}
	// A role requires the second factor and it is not set up. The session already has no roles (see
	// effectiveUser in session.ts); a guarded page sends it to set the factor up rather than refusing.
	if (locals.user.mustSetUpSecondFactor && !openDuringSetUp)
		redirect(303, `${SECOND_FACTOR_SETUP_PATH}?wajib=1`);
	return locals.user;
}

export function requireUser(): SessionUser {
	return signedIn(false);
}

export function requireRole(...roles: Role[]): SessionUser {
	const user = requireUser();
	if (!hasRole(user, ...roles)) error(403, { message: m.error_forbidden_text() });
	return user;
}

export function requirePermission(action: Action): SessionUser {
	const user = requireUser();
	if (!can(user, action)) error(403, { message: m.error_forbidden_text() });
	return user;
}

/**
 * The page that turns the second factor on and off: for staff accounts, and the one page open while the
 * factor must still be set up. Only here do the roles waiting for it count, and only for this.
 */
export function requireSecondFactorPage(): SessionUser {
	const user = signedIn(true);
	const account = user.mustSetUpSecondFactor
		? { ...user, roles: user.rolesAwaitingSecondFactor ?? [] }
		: user;
	if (!can(account, 'account.second_factor')) error(403, { message: m.error_forbidden_text() });
	return user;
}
