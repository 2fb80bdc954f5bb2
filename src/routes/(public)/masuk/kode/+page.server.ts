import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { codeSchema } from './schema';
import { completeChallenge, isPending } from '$lib/server/auth/challenge';
import { beginSession, CHALLENGE_COOKIE, deleteChallengeCookie } from '$lib/server/auth/cookies';
import { safeRedirect } from '$lib/server/auth/redirect';
import { getDb } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { refuse } from '$lib/server/form';

// The second step of signing in. Only the challenge cookie leads here; it opens nothing else.
export const load: PageServerLoad = async ({ cookies, url }) => {
	const token = cookies.get(CHALLENGE_COOKIE);
	if (!token || !isPending(getDb(), token)) {
		deleteChallengeCookie(cookies);
		redirect(
			303,
			`/masuk?redirectTo=${encodeURIComponent(safeRedirect(url.searchParams.get('redirectTo')))}`
		);
	}
	return { form: await superValidate(zod4(codeSchema)) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals }) => {
		const form = await superValidate(request, zod4(codeSchema));
		if (!form.valid) return fail(400, { form });
		const db = getDb();
		let userId: string;
		try {
			userId = completeChallenge(db, cookies.get(CHALLENGE_COOKIE) ?? '', form.data.code);
		} catch (e) {
			// The challenge is gone: say so, and the form's link leads back to the password.
			if (e instanceof DomainError && e.code === 'totp_challenge_gone') deleteChallengeCookie(cookies);
			return refuse(form, e, { field: 'code' });
		}
		deleteChallengeCookie(cookies);
		beginSession(db, cookies, userId, locals.sessionId);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
