import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { revokeCodeSchema } from '$lib/schemas/verification';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as verification from '$lib/server/verification';
import { m } from '$lib/paraglide/messages';
import { pageError, refuse } from '$lib/server/form';

function codeId(param: string): number {
	const id = Number(param);
	if (!Number.isInteger(id) || id <= 0) error(404, { message: m.error_not_found_text() });
	return id;
}

export const load: PageServerLoad = async ({ params, url }) => {
	requireRole('fasilitator');
	const db = getDb();
	const id = codeId(params.id);
	let code;
	try {
		code = verification.getCode(db, id);
	} catch (e) {
		pageError(e);
	}
	const page = Math.max(1, Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1);
	return {
		code,
		revoked: url.searchParams.has('dicabut'),
		...verification.listChildren(db, { inviteCodeId: id, page }),
		form: await superValidate(zod4(revokeCodeSchema))
	};
};

export const actions: Actions = {
	revoke: async ({ request, params }) => {
		const actor = requireRole('fasilitator');
		const id = codeId(params.id);
		const form = await superValidate(request, zod4(revokeCodeSchema));
		if (!form.valid) return fail(400, { form });
		try {
			verification.revokeCode(getDb(), actor.id, id, form.data.reason);
		} catch (e) {
			return refuse(form, e, { field: 'reason' });
		}
		redirect(303, `/moderasi/verifikasi/${id}?dicabut=1`);
	}
};
