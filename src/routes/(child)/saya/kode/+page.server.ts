import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { redeemSchema } from '$lib/schemas/verification';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { rateLimitMessage } from '$lib/server/form-messages/security';
import * as inviteTries from '$lib/server/security/invite-tries';
import { RateLimited } from '$lib/server/security/limits';
import type { RedeemResult } from '$lib/server/verification';
import { verificationMessage } from '$lib/server/verification/messages';

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
			// Too many wrong codes: say when to try again, keeping what was typed.
			if (e instanceof RateLimited) return setError(form, 'code', rateLimitMessage(e), { status: 429 });
			// What was typed stays in the field, with one message whatever was wrong with the code.
			if (e instanceof DomainError) return setError(form, 'code', verificationMessage(e));
			throw e;
		}
		redirect(303, result === 'verified' ? '/saya?terverifikasi=1' : '/saya');
	}
};
