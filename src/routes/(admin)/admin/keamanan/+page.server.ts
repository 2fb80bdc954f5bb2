import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requiredRolesSchema, resetSchema } from './schema';
import { requireRole } from '$lib/server/auth/guard';
import * as secondFactor from '$lib/server/auth/second-factor';
import * as totpPolicy from '$lib/server/auth/totp-policy';
import { getDb } from '$lib/server/db';
import { refuse } from '$lib/server/form';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ url }) => {
	requireRole('admin');
	const db = getDb();
	const staff = secondFactor.staffOverview(db);
	// ?atur-ulang=<id> opens the reset form for that account (one form on the page, works without JS).
	const target = staff.find((s) => s.id === url.searchParams.get('atur-ulang') && s.enabledAt) ?? null;
	const resetForm = await superValidate(zod4(resetSchema), { id: 'reset' });
	if (target) resetForm.data.userId = target.id;
	return {
		staff,
		target,
		rolesForm: await superValidate({ roles: totpPolicy.requiredRoles(db) }, zod4(requiredRolesSchema), {
			id: 'roles',
			errors: false
		}),
		resetForm
	};
};

export const actions: Actions = {
	roles: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(requiredRolesSchema), { id: 'roles' });
		if (!form.valid) return fail(400, { form });
		try {
			totpPolicy.setRequiredRoles(getDb(), actor.id, form.data.roles);
		} catch (e) {
			return refuse(form, e, { asMessage: true });
		}
		return message(form, m.sec_admin_saved());
	},
	reset: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(resetSchema), { id: 'reset' });
		if (!form.valid) return fail(400, { form });
		try {
			secondFactor.adminReset(getDb(), actor.id, form.data.userId, form.data.reason);
		} catch (e) {
			return refuse(form, e, { field: 'reason' });
		}
		redirect(303, `/admin/keamanan?diatur-ulang=${encodeURIComponent(form.data.userId)}`);
	}
};
