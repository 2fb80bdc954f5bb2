import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { cycleSchema, type CycleForm } from '$lib/schemas/cycles';
import { requireRole } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';

export const load: PageServerLoad = async () => {
	requireRole('admin');
	// Dates after the latest cycle; the rules start from the schema's defaults.
	const prefill = cycles.newCycleDates(getDb());
	return { form: await superValidate(prefill, zod4(cycleSchema), { errors: false }) };
};

export const actions: Actions = {
	default: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(cycleSchema));
		if (!form.valid) return fail(400, { form });
		try {
			cycles.create(getDb(), actor.id, cycles.fromDays(form.data));
		} catch (e) {
			// A date out of order, or a voting phase overlapping another cycle's: next to that date.
			return refuse(form, e, { field: (r) => (r.field ?? '') as keyof CycleForm | '' });
		}
		redirect(303, '/admin/siklus');
	}
};
