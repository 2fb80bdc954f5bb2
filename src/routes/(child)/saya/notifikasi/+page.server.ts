import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as notifications from '$lib/server/notifications';
import { m } from '$lib/paraglide/messages';
import { refusal } from '$lib/server/form';

// Opening this page does not mark anything as read: a child sharing a phone, or glancing at it in a
// hurry, keeps the "new" marks until they press a button. Each note has its own button, and one marks all.

const readSchema = z.object({ id: z.number().int().min(1) });

const pageOf = (url: URL) => Math.max(1, Number.parseInt(url.searchParams.get('hal') ?? '1', 10) || 1);
const back = (url: URL) => (pageOf(url) > 1 ? `/saya/notifikasi?hal=${pageOf(url)}` : '/saya/notifikasi');

export const load: PageServerLoad = ({ url }) => {
	const user = requireUser();
	return notifications.list(getDb(), user.id, { page: pageOf(url) });
};

export const actions: Actions = {
	readAll: ({ url }) => {
		const user = requireUser();
		notifications.markAllRead(getDb(), user.id);
		redirect(303, back(url));
	},
	read: async ({ request, url }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(readSchema));
		// Not posted: the body was no form data at all (a script's text/plain, broken multipart).
		if (!form.valid) return fail(400, { message: form.posted ? m.notif_not_found() : m.form_unreadable() });
		try {
			notifications.markRead(getDb(), user.id, form.data.id);
		} catch (e) {
			const r = refusal(e);
			return fail(r.status, { message: r.message });
		}
		redirect(303, back(url));
	}
};
