import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import { pageError, refusal } from '$lib/server/form';
import { m } from '$lib/paraglide/messages';
import { checkSchema } from '$lib/schemas/facilities';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const id = Number(params.id);
	try {
		return {
			...facilities.facilityPage(db, id),
			canManage: facilities.canManageFacilities(locals.user),
			// A Forum Anak member auditing this facility now may confirm or reopen its findings.
			checkingAuditId: facilities.findings.auditInProgress(db, locals.user, id)
		};
	} catch (e) {
		pageError(e);
	}
};

export const actions: Actions = {
	check: async ({ request, params }) => {
		const user = requirePermission('audit.run');
		const form = await superValidate(request, zod4(checkSchema));
		const kept = { findingId: form.data.findingId, note: form.data.note };
		if (!form.valid) return fail(400, { ...kept, checkError: m.fac_v_check() });
		const { findingId, auditId, outcome, note } = form.data;
		try {
			facilities.findings.check(getDb(), user, findingId, auditId, outcome, note);
		} catch (e) {
			const r = refusal(e);
			return fail(r.status, { ...kept, checkError: r.message });
		}
		redirect(303, `/fasilitas/${params.id}?dicek=${findingId}`);
	}
};
