import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as suspension from '$lib/server/moderation/suspend';
import { m } from '$lib/paraglide/messages';
import { liftSchema, suspendSchema } from './schema';
import { pageError, refuse } from '$lib/server/form';

const DAY = 86_400_000;

function chosenChild(id: string) {
	try {
		return suspension.childWithSuspension(getDb(), id);
	} catch (e) {
		pageError(e, m.modr_err_user());
	}
}

export const load: PageServerLoad = async ({ url }) => {
	requireRole('fasilitator');
	const db = getDb();
	const q = url.searchParams.get('q')?.trim().slice(0, 50) ?? '';
	const id = url.searchParams.get('anak');
	const child = id ? chosenChild(id) : null;
	const done = url.searchParams.get('selesai');
	const now = Date.now();
	return {
		q,
		// The server's clock, so the browser renders the same "suspended or not" as the server did.
		now,
		found: suspension.searchChildren(db, q),
		current: suspension.currentSuspensions(db),
		// Only a suspension still running counts; an ended one shows as "not suspended".
		child: child && {
			...child,
			suspended: !!child.suspendedUntil && child.suspendedUntil.getTime() > now
		},
		done: done === 'tangguh' || done === 'akhiri' ? done : null,
		suspendForm: await superValidate({ childId: child?.id ?? '' }, zod4(suspendSchema), {
			id: 'suspend',
			errors: false
		}),
		liftForm: await superValidate({ childId: child?.id ?? '' }, zod4(liftSchema), {
			id: 'lift',
			errors: false
		})
	};
};

export const actions: Actions = {
	suspend: async ({ request }) => {
		const actor = requireRole('fasilitator');
		const form = await superValidate(request, zod4(suspendSchema), { id: 'suspend' });
		if (!form.valid) return fail(400, { form });
		const until = new Date(Date.now() + form.data.days * DAY);
		try {
			suspension.suspend(getDb(), actor, form.data.childId, { until, reason: form.data.reason });
		} catch (e) {
			return refuse(form, e, { field: (r) => (r.field === 'days' ? 'days' : 'reason') });
		}
		redirect(303, `/moderasi/tangguhkan?anak=${encodeURIComponent(form.data.childId)}&selesai=tangguh`);
	},
	lift: async ({ request }) => {
		const actor = requireRole('fasilitator');
		const form = await superValidate(request, zod4(liftSchema), { id: 'lift' });
		if (!form.valid) return fail(400, { form });
		try {
			suspension.lift(getDb(), actor, form.data.childId, form.data.reason);
		} catch (e) {
			return refuse(form, e, { field: 'reason' });
		}
		redirect(303, `/moderasi/tangguhkan?anak=${encodeURIComponent(form.data.childId)}&selesai=akhiri`);
	}
};
