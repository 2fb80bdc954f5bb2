import { error, fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { revokeCodeSchema } from '$lib/schemas/verification';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { DomainError, NotFound } from '$lib/server/errors';
import * as verification from '$lib/server/verification';
import { verificationMessage } from '$lib/server/verification/messages';
import { m } from '$lib/paraglide/messages';

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
		if (e instanceof NotFound) error(404, { message: m.error_not_found_text() });
		throw e;
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
			if (e instanceof DomainError)
				return setError(form, 'reason', verificationMessage(e), {
					status: e instanceof NotFound ? 404 : 400
				});
			throw e;
		}
		redirect(303, `/moderasi/verifikasi/${id}?dicabut=1`);
	}
};
