import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/guard';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as safeguarding from '$lib/server/safeguarding';
import { recordSchema } from './schema';
import { pageError, refuse } from '$lib/server/form';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const user = requirePermission('safeguard');
	// A child's disclosure must never sit in a shared or proxy cache.
	setHeaders({ 'cache-control': 'private, no-store' });
	let item;
	try {
		item = safeguarding.item(getDb(), user, Number(params.id));
	} catch (e) {
		pageError(e);
	}
	return {
		item,
		uptdPpa: config.uptdPpaContact,
		saved: url.searchParams.has('tersimpan'),
		form: await superValidate(zod4(recordSchema))
	};
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const user = requirePermission('safeguard');
		const id = Number(params.id);
		const form = await superValidate(request, zod4(recordSchema));
		if (!form.valid) return fail(400, { form });
		try {
			safeguarding.recordAction(getDb(), user, id, form.data);
		} catch (e) {
			return refuse(form, e, {
				field: (r) => (r.field === 'action' ? 'action' : 'note'),
				notFoundPage: m.error_not_found_text()
			});
		}
		// "No concern" released the post to the ordinary queue: it is no longer a safeguarding item.
		if (form.data.action === 'no_concern') redirect(303, '/moderasi?dilepas=1');
		redirect(303, `/moderasi/perlindungan/${id}?tersimpan=1`);
	}
};
