import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { rejectSchema } from '$lib/schemas/idea';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { domainMessage } from '$lib/server/form';
import * as moderation from '$lib/server/moderation';
import { m } from '$lib/paraglide/messages';

const approveSchema = z.object({ id: z.number().int().min(1) });

export const load: PageServerLoad = () => {
	requireRole('fasilitator');
	return { pending: moderation.pending(getDb()) };
};

export const actions: Actions = {
	approve: async ({ request }) => {
		const user = requireRole('fasilitator');
		const form = await superValidate(request, zod4(approveSchema));
		if (!form.valid) return fail(400, { form });
		try {
			moderation.approve(getDb(), user, form.data.id);
		} catch (e) {
			if (e instanceof DomainError) return message(form, domainMessage(e), { status: 409 });
			throw e;
		}
		return message(form, m.mod_approved());
	},
	reject: async ({ request }) => {
		const user = requireRole('fasilitator');
		const form = await superValidate(request, zod4(rejectSchema), { id: 'reject' });
		if (!form.valid) return fail(400, { form });
		try {
			moderation.reject(getDb(), user, form.data.id, form.data.reason);
		} catch (e) {
			if (e instanceof DomainError) return message(form, domainMessage(e), { status: 409 });
			throw e;
		}
		return message(form, m.mod_rejected());
	}
};
