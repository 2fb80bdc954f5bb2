import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { redeemSchema } from '$lib/schemas/verification';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as inviteTries from '$lib/server/security/invite-tries';
import type { RedeemResult } from '$lib/server/verification';
import { refuse } from '$lib/server/form';

export const load: PageServerLoad = async () => {
	// Children only (under 18, with a child role); everyone else gets the 403 page.
	const user = requirePermission('child.participate');
	return { verified: user.verifiedAt !== null, form: await superValidate(zod4(redeemSchema)) };
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const user = requirePermission('child.participate');
		const form = await superValidate(request, zod4(redeemSchema));
		if (!form.valid) return fail(400, { form });
		let result: RedeemResult;
		try {
			result = inviteTries.redeem(getDb(), user, form.data.code, getClientAddress());
		} catch (e) {
			// What was typed stays in the field, with the refusal (or when to try again) next to it.
			return refuse(form, e, { field: 'code' });
		}
		redirect(303, result === 'verified' ? '/saya?terverifikasi=1' : '/saya');
	}
};
