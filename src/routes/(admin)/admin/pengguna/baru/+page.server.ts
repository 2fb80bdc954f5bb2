import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { staffSchema } from '$lib/schemas/admin';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as users from '$lib/server/users';

type Field = 'username' | 'email' | 'password' | 'roles._errors' | 'opdId';

export const load: PageServerLoad = async () => {
	requireRole('admin');
	return { form: await superValidate(zod4(staffSchema)), opds: opds.list(getDb()) };
};

export const actions: Actions = {
	default: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(staffSchema));
		const password = form.data.password;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		let id: string;
		try {
			id = await users.createStaff(getDb(), actor.id, {
				...form.data,
				password,
				email: form.data.email || null,
				opdId: form.data.opdId || null
			});
		} catch (e) {
			return refuse(form, e, {
				field: (r) => (r.field === 'roles' ? 'roles._errors' : (r.field ?? 'username')) as Field
			});
		}
		redirect(303, `/admin/pengguna/${id}`);
	}
};
