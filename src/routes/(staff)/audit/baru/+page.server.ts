import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { startSchema } from './schema';
import * as audits from '$lib/server/audits';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';

type Field = 'facilityId' | 'members._errors' | 'facilitator' | 'auditDate';
const FIELDS: Record<string, Field> = { members: 'members._errors' };

export const load: PageServerLoad = async ({ url }) => {
	const user = requirePermission('audit.run');
	const db = getDb();
	const kecamatanCode = url.searchParams.get('kecamatan')?.slice(0, 20) ?? '';
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const form = await superValidate(zod4(startSchema));
	form.data.auditDate = audits.today();
	return {
		form,
		filter: { kecamatanCode, q },
		kecamatan: audits.kecamatanChoices(db),
		facilities: audits.facilityChoices(db, { kecamatanCode, q }),
		team: audits.teamCandidates(db, user),
		facilitators: audits.facilitatorChoices(db)
	};
};

export const actions: Actions = {
	default: async ({ request }) => {
		const user = requirePermission('audit.run');
		const form = await superValidate(request, zod4(startSchema));
		if (!form.valid) return fail(400, { form });
		let id: number;
		try {
			id = audits.start(getDb(), user, form.data);
		} catch (e) {
			return refuse(form, e, { field: (r) => (r.field ? (FIELDS[r.field] ?? (r.field as Field)) : '') });
		}
		redirect(303, `/audit/${id}/isi`);
	}
};
