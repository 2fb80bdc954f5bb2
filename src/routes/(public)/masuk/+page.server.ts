import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { loginSchema } from '$lib/schemas/auth';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { safeRedirect } from '$lib/server/auth/redirect';
import { createSession, generateSessionToken } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/users';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return { form: await superValidate(zod4(loginSchema)) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await superValidate(request, zod4(loginSchema));
		const password = form.data.password;
		form.data.password = ''; // never sent back
		if (!form.valid) return fail(400, { form });
		const db = getDb();
		const ip = getClientAddress();
		if (users.isThrottled(db, form.data.login, ip))
			return setError(form, 'login', m.e_login_throttled(), { status: 429 });
		const userId = await users.authenticate(db, form.data.login, password);
		// One message for every failure: it must not tell whether the account exists.
		if (!userId) {
			users.recordFailure(db, form.data.login, ip);
			return setError(form, 'login', m.e_login_failed());
		}
		users.clearFailures(db, form.data.login);
		const token = generateSessionToken();
		const session = createSession(db, token, userId);
		setSessionCookie(cookies, token, session.expiresAt);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
