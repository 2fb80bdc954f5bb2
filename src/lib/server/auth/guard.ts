// The one guard every protected load and action starts with. A layout alone protects nothing:
// each +page.server.ts calls one of these itself.
import { getRequestEvent } from '$app/server';
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Role } from '../db/schema';
import { can, hasRole, type Action } from './permissions';
import type { SessionUser } from './session';

export function requireUser(): SessionUser {
	const { locals, url, request } = getRequestEvent();
	if (!locals.user) {
		// After sign-in, come back to the page (a form action's ?/name is dropped: it needs a POST).
		const back = request.method === 'GET' ? url.pathname + url.search : url.pathname;
		redirect(303, `/masuk?redirectTo=${encodeURIComponent(back)}`);
	}
	return locals.user;
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
