import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { grantSchema, reasonSchema, revokeSchema } from '$lib/schemas/admin';
import { requireRole } from '$lib/server/auth/guard';
import * as auditLog from '$lib/server/audit-log';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { pageError, refuse } from '$lib/server/form';
import * as opds from '$lib/server/opds';
import * as safeguarding from '$lib/server/safeguarding';
import * as users from '$lib/server/users';
import { m } from '$lib/paraglide/messages';

/** Grant or revoke the safeguarding permission: the page shows the one that applies. */
const safeguardSchema = reasonSchema.extend({ change: z.enum(['grant', 'revoke']) });

function loadUser(id: string) {
	try {
		return users.getUser(getDb(), id);
	} catch (e) {
		pageError(e);
	}
}

export const load: PageServerLoad = async ({ params }) => {
	requireRole('admin');
	const user = loadUser(params.id);
	const db = getDb();
	return {
		account: user,
		opds: opds.list(db),
		history: auditLog.forTarget(db, 'user', user.id),
		grantForm: await superValidate(zod4(grantSchema), { id: 'grant' }),
		revokeForm: await superValidate(zod4(revokeSchema), { id: 'revoke' }),
		statusForm: await superValidate(zod4(reasonSchema), { id: 'status' }),
		resetForm: await superValidate(zod4(reasonSchema), { id: 'reset' }),
		safeguardForm: await superValidate(zod4(safeguardSchema), { id: 'safeguard' })
	};
};

/** Runs one admin verb; a domain refusal becomes a message on the form that asked. */
function attempt<T extends Parameters<typeof message>[0]>(form: T, run: () => void) {
	try {
		run();
	} catch (e) {
		return refuse(form, e, { asMessage: true });
	}
	return message(form, m.admin_saved());
}

export const actions: Actions = {
	grant: async ({ request, params }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(grantSchema), { id: 'grant' });
		if (!form.valid) return fail(400, { form });
		return attempt(form, () =>
			users.grantRole(getDb(), actor.id, params.id, form.data.role, form.data.opdId || null, form.data.reason)
		);
	},
	revoke: async ({ request, params }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(revokeSchema), { id: 'revoke' });
		if (!form.valid) return fail(400, { form });
		return attempt(form, () =>
			users.revokeRole(getDb(), actor.id, params.id, form.data.role, form.data.reason)
		);
	},
	deactivate: async ({ request, params }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(reasonSchema), { id: 'status' });
		if (!form.valid) return fail(400, { form });
		return attempt(form, () => users.deactivate(getDb(), actor.id, params.id, form.data.reason));
	},
	reactivate: async ({ request, params }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(reasonSchema), { id: 'status' });
		if (!form.valid) return fail(400, { form });
		return attempt(form, () => users.reactivate(getDb(), actor.id, params.id, form.data.reason));
	},
	safeguarding: async ({ request, params }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(safeguardSchema), { id: 'safeguard' });
		if (!form.valid) return fail(400, { form });
		try {
			safeguarding.setPermission(getDb(), actor, params.id, form.data.change, form.data.reason);
		} catch (e) {
			return refuse(form, e, { asMessage: true });
		}
		return message(form, m.admin_saved());
	},
	resetCode: async ({ request, params }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(reasonSchema), { id: 'reset' });
		if (!form.valid) return fail(400, { form });
		let code: string;
		try {
			code = users.issueResetCode(getDb(), actor.id, params.id, config.resetCodeHours, form.data.reason);
		} catch (e) {
			return refuse(form, e, { field: 'reason' });
		}
		// Shown once, here; only its hash is stored.
		return message(form, m.admin_reset_code_issued({ code, hours: config.resetCodeHours }));
	}
};
