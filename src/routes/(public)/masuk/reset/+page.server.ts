import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { resetSchema } from '$lib/schemas/auth';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';
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
			return refuse(form, e, { field: (r) => (r.field === 'password' ? 'password' : 'code') });
		}
		redirect(303, '/masuk?reset=1');
	}
};
