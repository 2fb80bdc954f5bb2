import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { cycleSchema } from '$lib/schemas/cycles';
import { requireRole } from '$lib/server/auth/guard';
import * as cycles from '$lib/server/cycles';
import { getDb } from '$lib/server/db';
import { NotFound } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';
import { refusal } from '../cycle-errors.server';

function cycleId(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id < 1) error(404, { message: m.cycle_e_not_found() });
	return id;
}

function notFound(e: unknown): never {
	if (e instanceof NotFound) error(404, { message: m.cycle_e_not_found() });
	throw e;
}

export const load: PageServerLoad = async ({ params }) => {
	requireRole('admin');
	const id = cycleId(params.id);
	let cycle: cycles.CycleWithPhase;
	try {
		cycle = cycles.get(getDb(), id);
	} catch (e) {
		notFound(e);
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
			const failure = refusal(form, e);
			if (failure) return failure;
			notFound(e);
		}
		redirect(303, '/admin/siklus');
	}
};
