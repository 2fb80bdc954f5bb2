import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { cycleSchema, type CycleForm } from '$lib/schemas/cycles';
import { requireRole } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import { m } from '$lib/paraglide/messages';
import { pageError, refuse } from '$lib/server/form';

function cycleId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id < 1) error(404, { message: m.cycle_e_not_found() });
	return id;
}

export const load: PageServerLoad = async ({ params }) => {
	requireRole('admin');
	const id = cycleId(params.id);
	let cycle: cycles.CycleWithPhase;
	try {
		cycle = cycles.get(getDb(), id);
	} catch (e) {
		pageError(e, m.cycle_e_not_found());
	}
	const form = await superValidate(cycles.toDays(cycle), zod4(cycleSchema), { errors: false });
	return { cycle, form };
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const actor = requireRole('admin');
		const id = cycleId(params.id);
		const form = await superValidate(request, zod4(cycleSchema));
		if (!form.valid) return fail(400, { form });
		try {
			cycles.update(getDb(), actor.id, id, cycles.fromDays(form.data));
		} catch (e) {
			// A date out of order, or a voting phase overlapping another cycle's: next to that date.
			return refuse(form, e, {
				field: (r) => (r.field ?? '') as keyof CycleForm | '',
				notFoundPage: m.cycle_e_not_found()
			});
		}
		redirect(303, '/admin/siklus');
	}
};
