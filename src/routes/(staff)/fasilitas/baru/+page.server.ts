import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import { refuse } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as regions from '$lib/server/regions';
import { facilitySchema, toInput, type FacilityForm } from '../schema';

export const load: PageServerLoad = async () => {
	requireRole('admin', 'fasilitator');
	const db = getDb();
	return {
		form: await superValidate(zod4(facilitySchema)),
		kecamatan: regions.kecamatanWithDesa(db),
		opds: opds.list(db)
	};
};

export const actions: Actions = {
	default: async ({ request }) => {
		const user = requireRole('admin', 'fasilitator');
		const form = await superValidate(request, zod4(facilitySchema));
		if (!form.valid) return fail(400, { form });
		let id: number;
		try {
			id = facilities.create(getDb(), user, toInput(form.data));
		} catch (e) {
			return refuse(form, e, { field: (r) => (r.field ?? '') as keyof FacilityForm | '' });
		}
		redirect(303, `/fasilitas/${id}`);
	}
};
