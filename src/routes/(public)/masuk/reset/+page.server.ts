import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { resetSchema } from '$lib/schemas/auth';
import { getDb } from '$lib/server/db';
import { Invalid } from '$lib/server/errors';
import { domainMessage } from '$lib/server/form';
import { rateLimitMessage } from '$lib/server/form-messages/security';
import { RateLimited } from '$lib/server/security/limits';
import * as users from '$lib/server/users';

export const load: PageServerLoad = async () => ({ form: await superValidate(zod4(resetSchema)) });

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await superValidate(request, zod4(resetSchema));
		const password = form.data.password;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		try {
			await users.resetWithCode(getDb(), {
				login: form.data.login,
				code: form.data.code,
				password,
				ip: getClientAddress()
			});
		} catch (e) {
			if (e instanceof RateLimited) return setError(form, 'code', rateLimitMessage(e), { status: 429 });
			if (e instanceof Invalid)
				return setError(form, e.field === 'password' ? 'password' : 'code', domainMessage(e));
			throw e;
		}
		redirect(303, '/masuk?reset=1');
	}
};
