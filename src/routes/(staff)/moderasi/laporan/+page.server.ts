import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import * as moderation from '$lib/server/moderation/reports';
import { decideSchema } from './schema';
import { refuse } from '$lib/server/form';

/** What the page says after each decision (?selesai=…). */
const DONE = ['tampil', 'turun', 'abaikan'] as const;
type Done = (typeof DONE)[number];

export const load: PageServerLoad = async ({ url }) => {
	const user = requireRole('fasilitator');
	const reported = moderation.openReports(getDb(), user.id);
	// One form per idea, each with its own id, so an error shows on the idea it belongs to.
	const forms = await Promise.all(
		reported.map((r) =>
			superValidate({ id: r.id, reason: '' }, zod4(decideSchema), { id: `decide-${r.id}`, errors: false })
		)
	);
	const done = url.searchParams.get('selesai');
	return {
		reported: reported.map((r, i) => ({ ...r, form: forms[i]! })),
		done: DONE.includes(done as Done) ? (done as Done) : null
	};
};

/** restore, remove and dismissReports share one shape. */
type Verb = typeof moderation.restore;

async function decide({ request }: RequestEvent, actor: SessionUser, verb: Verb, done: Done) {
	const form = await superValidate(request, zod4(decideSchema));
	if (!form.valid) return fail(400, { form });
	try {
		verb(getDb(), actor, form.data.id, form.data.reason);
	} catch (e) {
		return refuse(form, e, { field: 'reason' });
	}
	redirect(303, `/moderasi/laporan?selesai=${done}`);
}

export const actions: Actions = {
	restore: async (event) => {
		const actor = requireRole('fasilitator');
		return decide(event, actor, moderation.restore, 'tampil');
	},
	remove: async (event) => {
		const actor = requireRole('fasilitator');
		return decide(event, actor, moderation.remove, 'turun');
	},
	dismiss: async (event) => {
		const actor = requireRole('fasilitator');
		return decide(event, actor, moderation.dismissReports, 'abaikan');
	}
};
