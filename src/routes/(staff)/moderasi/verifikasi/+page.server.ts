import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { createCodesSchema } from '$lib/schemas/verification';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as regions from '$lib/server/regions';
import * as verification from '$lib/server/verification';
import { m } from '$lib/paraglide/messages';
import { refuse } from '$lib/server/form';

type Field = 'label' | 'desaCode' | 'maxUses' | 'expiresAt' | 'count';
const DAY = 86_400_000;

export const load: PageServerLoad = async ({ url }) => {
	requireRole('fasilitator');
	const db = getDb();
	const now = new Date();
	const page = Math.max(1, Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1);
	return {
		...verification.listCodes(db, { page }, now),
		created: verification.parseIdList(url.searchParams.get('baru')),
		kecamatan: regions.kecamatanWithDesa(db),
		minDate: verification.wibDate(now),
		maxDate: verification.wibDate(new Date(now.getTime() + 365 * DAY)),
		form: await superValidate(
			{ expiresAt: verification.wibDate(new Date(now.getTime() + 30 * DAY)) },
			zod4(createCodesSchema),
			{ errors: false }
		)
	};
};

export const actions: Actions = {
	create: async ({ request }) => {
		const actor = requireRole('fasilitator');
		const form = await superValidate(request, zod4(createCodesSchema));
		if (!form.valid) return fail(400, { form });
		const expiresAt = verification.expiryFromDate(form.data.expiresAt);
		if (!expiresAt) return setError(form, 'expiresAt', m.verif_v_expiry());
		let codes: { id: number }[];
		try {
			codes = verification.createCodes(getDb(), actor.id, {
				...form.data,
				desaCode: form.data.desaCode || null,
				expiresAt
			});
		} catch (e) {
			return refuse(form, e, { field: (r) => (r.field ?? 'label') as Field });
		}
		redirect(303, `/moderasi/verifikasi?baru=${codes.map((c) => c.id).join(',')}`);
	}
};
