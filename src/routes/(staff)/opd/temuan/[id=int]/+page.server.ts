import { fail, redirect } from '@sveltejs/kit';
import { superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import { pageError, refuse } from '$lib/server/form';
import { fixedSchema, planSchema } from './schema';

export const load: PageServerLoad = async ({ params }) => {
	const user = requirePermission('opd.respond');
	let finding;
	try {
		finding = facilities.findingForOpd(getDb(), user, Number(params.id));
	} catch (e) {
		pageError(e);
	}
	const planForm = await superValidate(zod4(planSchema), { id: 'plan' });
	planForm.data.plan = finding.plan ?? '';
	return { finding, planForm, fixedForm: await superValidate(zod4(fixedSchema), { id: 'fixed' }) };
};

export const actions: Actions = {
	plan: async ({ request, params }) => {
		const user = requirePermission('opd.respond');
		const form = await superValidate(request, zod4(planSchema), { id: 'plan' });
		if (!form.valid) return fail(400, { form });
		try {
			facilities.findings.answer(getDb(), user, Number(params.id), form.data);
		} catch (e) {
			return refuse(form, e, {
				field: (r) => (r.field === 'plan' || r.field === 'targetDay' ? r.field : '')
			});
		}
		redirect(303, '/opd/temuan?disimpan=1');
	},
	fixed: async ({ request, params }) => {
		const user = requirePermission('opd.respond');
		const form = await superValidate(request, zod4(fixedSchema), { id: 'fixed' });
		if (!form.valid) return fail(400, withFiles({ form }));
		try {
			// Same rules as idea photos: type read from the bytes, re-encoded, no EXIF or location.
			await facilities.findings.markFixed(
				getDb(),
				user,
				Number(params.id),
				{ note: form.data.note },
				form.data.photo ?? null
			);
		} catch (e) {
			return refuse(form, e, {
				field: (r) => (r.field === 'note' ? 'note' : r.code.startsWith('photo_') ? 'photo' : '')
			});
		}
		redirect(303, '/opd/temuan?disimpan=1');
	}
};
