import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { progressSchema } from '$lib/schemas/review';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as reviews from '$lib/server/reviews';

export const load: PageServerLoad = async ({ url }) => {
	const user = requirePermission('opd.respond');
	const db = getDb();
	const page = Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1;
	const opd = user.opdId ? opds.list(db).find((o) => o.id === user.opdId) : undefined;
	return {
		opdName: opd?.name ?? null,
		result: opd ? reviews.forOpd(db, opd.id, page) : null,
		form: await superValidate(zod4(progressSchema), { id: 'progress' })
	};
};

export const actions: Actions = {
	catat: async ({ request }) => {
		const user = requirePermission('opd.respond');
		const form = await superValidate(request, zod4(progressSchema), { id: 'progress' });
		if (!form.valid) return fail(400, { form });
		try {
			reviews.addProgress(getDb(), user, form.data.proposalId, form.data.note);
		} catch (e) {
			return refuse(form, e, { field: 'note' });
		}
		redirect(303, `/opd?dicatat=${form.data.proposalId}#usulan-${form.data.proposalId}`);
	}
};
