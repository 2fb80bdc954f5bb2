import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { loginSchema } from '$lib/schemas/auth';
import { beginSession, setChallengeCookie } from '$lib/server/auth/cookies';
import { SECOND_FACTOR_SETUP_PATH } from '$lib/server/auth/guard';
import { safeRedirect } from '$lib/server/auth/redirect';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';
import { signInWaitMessage } from '$lib/server/error-messages';
import { RateLimited } from '$lib/server/security/limits';
import * as users from '$lib/server/users';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return { form: await superValidate(zod4(loginSchema)) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const form = await superValidate(request, zod4(loginSchema));
		const password = form.data.password;
		form.data.password = ''; // never sent back
		if (!form.valid) return fail(400, { form });
		const db = getDb();
		let outcome: users.SignInOutcome;
		try {
			outcome = await users.signIn(db, { login: form.data.login, password, ip: getClientAddress() });
		} catch (e) {
			// One message for every wrong name or password: it must not tell whether the account exists.
			if (e instanceof RateLimited) return setError(form, 'login', signInWaitMessage(e), { status: 429 });
			return refuse(form, e, { field: 'login' });
		}
		const back = safeRedirect(url.searchParams.get('redirectTo'));
		if (outcome.next === 'code') {
			setChallengeCookie(cookies, outcome.challenge.token, outcome.challenge.expiresAt);
			redirect(303, `/masuk/kode?redirectTo=${encodeURIComponent(back)}`);
		}
		beginSession(db, cookies, outcome.userId, locals.sessionId);
		redirect(303, outcome.next === 'setup' ? `${SECOND_FACTOR_SETUP_PATH}?wajib=1` : back);
	}
};
