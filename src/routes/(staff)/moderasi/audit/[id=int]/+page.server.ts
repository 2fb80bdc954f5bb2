import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import { pageError, refuse } from '$lib/server/form';
import { m } from '$lib/paraglide/messages';

const sendBackSchema = z.object({
	comment: z
		.string()
		.trim()
		.min(3, { error: () => m.fac_v_comment() })
		.max(1000, { error: () => m.fac_v_comment() })
});
const publishSchema = z.object({});

export const load: PageServerLoad = async ({ params }) => {
	const user = requirePermission('moderate');
	try {
		return {
			...facilities.forReview(getDb(), user, Number(params.id)),
			sendBackForm: await superValidate(zod4(sendBackSchema), { id: 'sendBack' }),
			publishForm: await superValidate(zod4(publishSchema), { id: 'publish' })
		};
	} catch (e) {
		pageError(e);
	}
};

export const actions: Actions = {
	sendBack: async ({ request, params }) => {
		const user = requirePermission('moderate');
		const form = await superValidate(request, zod4(sendBackSchema), { id: 'sendBack' });
		if (!form.valid) return fail(400, { sendBackForm: form });
		try {
			facilities.sendBack(getDb(), user, Number(params.id), form.data.comment);
		} catch (e) {
			return refuse(form, e, { field: 'comment' });
		}
		redirect(303, '/moderasi/audit?selesai=kembali');
	},
	publish: async ({ request, params }) => {
		const user = requirePermission('moderate');
		const form = await superValidate(request, zod4(publishSchema), { id: 'publish' });
		try {
			facilities.publish(getDb(), user, Number(params.id));
		} catch (e) {
			return refuse(form, e);
		}
		redirect(303, `/audit/${params.id}`);
	}
};
