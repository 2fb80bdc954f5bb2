import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { disableSchema, enableSchema } from './schema';
import { requireSecondFactorPage } from '$lib/server/auth/guard';
import { qrPath } from '$lib/server/auth/qr';
import * as secondFactor from '$lib/server/auth/second-factor';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';

// Open to a staff member who must still set up the second factor: this is where they are sent.
export const load: PageServerLoad = async () => {
	const user = requireSecondFactorPage();
	const status = secondFactor.status(getDb(), user.id);
	return {
		enabled: status.enabled,
		required: status.required,
		setup: status.setup && { ...status.setup, qr: qrPath(status.setup.uri) },
		enableForm: await superValidate(zod4(enableSchema), { id: 'enable' }),
		disableForm: await superValidate(zod4(disableSchema), { id: 'disable' })
	};
};

export const actions: Actions = {
	aktifkan: async ({ request }) => {
		const user = requireSecondFactorPage();
		const form = await superValidate(request, zod4(enableSchema), { id: 'enable' });
		if (!form.valid) return fail(400, { form });
		try {
			secondFactor.enable(getDb(), user.id, form.data.code);
		} catch (e) {
			return refuse(form, e, { field: 'code' });
		}
		redirect(303, '/akun/keamanan?aktif=1');
	},
	matikan: async ({ request }) => {
		const user = requireSecondFactorPage();
		const form = await superValidate(request, zod4(disableSchema), { id: 'disable' });
		const proof = form.data.proof;
		form.data.proof = ''; // a password is never sent back
		if (!form.valid) return fail(400, { form });
		// Staff passwords have at least 12 characters, so six digits can only be a code.
		const isCode = /^\d{3}\s?\d{3}$/.test(proof.trim());
		try {
			await secondFactor.disable(getDb(), user.id, isCode ? { code: proof } : { password: proof });
		} catch (e) {
			return refuse(form, e, { field: 'proof' });
		}
		redirect(303, '/akun/keamanan?mati=1');
	}
};
