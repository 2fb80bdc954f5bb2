import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import { pageError, refuse } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as regions from '$lib/server/regions';
import { facilitySchema, toInput, type FacilityForm } from '../../schema';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ params }) => {
	requireRole('admin', 'fasilitator');
	const db = getDb();
	let facility;
	try {
		facility = facilities.getForEdit(db, Number(params.id));
	} catch (e) {
		pageError(e);
	}
	const values = {
		type: facility.type,
		name: facility.name,
		desaCode: facility.desaCode,
		address: facility.address ?? '',
		opdId: facility.opdId ?? 0
	};
	return {
		facility: { id: facility.id, name: facility.name },
		form: await superValidate(values, zod4(facilitySchema), { errors: false }),
		kecamatan: regions.kecamatanWithDesa(db),
		opds: opds.list(db)
	};
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const user = requireRole('admin', 'fasilitator');
		const form = await superValidate(request, zod4(facilitySchema));
		if (!form.valid) return fail(400, { form });
		try {
			facilities.update(getDb(), user, Number(params.id), toInput(form.data));
		} catch (e) {
			return refuse(form, e, {
				field: (r) => (r.field ?? '') as keyof FacilityForm | '',
				notFoundPage: m.error_not_found_text()
			});
		}
		redirect(303, `/fasilitas/${params.id}`);
	}
};
