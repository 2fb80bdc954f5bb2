import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { registerSchema } from '$lib/schemas/auth';
import { beginSession } from '$lib/server/auth/cookies';
import { getDb } from '$lib/server/db';
import { refuse, refusal } from '$lib/server/form';
import * as regions from '$lib/server/regions';
import * as inviteTries from '$lib/server/security/invite-tries';
import * as limits from '$lib/server/security/limits';
import * as users from '$lib/server/users';

type Field = 'nickname' | 'password' | 'birthMonth' | 'birthYear' | 'desaCode' | 'guardianConsent';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/saya');
	return {
		form: await superValidate(zod4(registerSchema)),
		kecamatan: regions.kecamatanWithDesa(getDb()),
		thisYear: new Date().getFullYear()
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, locals, getClientAddress }) => {
		const form = await superValidate(request, zod4(registerSchema));
		const password = form.data.password;
		// A good password stays in its field when something else is wrong; a refused one is cleared.
		if (!form.valid) {
			if (form.errors.password) form.data.password = '';
			return fail(400, { form });
		}
		const db = getDb();
		const ip = getClientAddress();
		let userId: string;
		try {
			await limits.consume(db, 'register', ip);
			userId = await users.registerChild(db, {
				...form.data,
				password,
				gender: form.data.gender === '' ? null : form.data.gender
			});
		} catch (e) {
			const failure = refuse(form, e, { field: (r) => (r.field ?? 'nickname') as Field });
			if (form.errors.password) form.data.password = '';
			return failure;
		}
		beginSession(db, cookies, userId, locals.sessionId);
		// The account exists whatever the code does: a wrong code (or too many) only means verifying later.
		let verified = '';
		if (form.data.inviteCode) {
			try {
				inviteTries.redeem(db, { id: userId }, form.data.inviteCode, ip);
				verified = '&terverifikasi=1';
			} catch (e) {
				refusal(e); // a bug is thrown on; a refused code only means verifying later
				verified = '&kode=gagal';
			}
		}
		redirect(303, `/saya?baru=1${verified}`);
	}
};
