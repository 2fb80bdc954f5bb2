import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import * as audits from '$lib/server/audits';
import { requireUser } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { readForm, refusal, pageError } from '$lib/server/form';

function fillView(user: SessionUser, id: number) {
	try {
		return audits.forFilling(getDb(), user, id);
	} catch (e) {
		pageError(e);
	}
}

export const load: PageServerLoad = ({ params, url }) => {
	const user = requireUser();
	const view = fillView(user, Number(params.id));
	const count = Math.max(view.content.sections.length, 1);
	const asked = Number.parseInt(url.searchParams.get('bagian') ?? '1', 10) || 1;
	return {
		...view,
		section: Math.min(Math.max(asked, 1), count),
		saved: url.searchParams.has('tersimpan'),
		// Per account: on a shared phone one member's unsent answers are never sent as another's.
		storageKey: `suara-anak:audit:${params.id}:${user.id}`
	};
};

export const actions: Actions = {
	/** Saves the section's changed answers, new photos and a photo to remove, then goes on. */
	simpan: async ({ request, params }) => {
		const user = requireUser();
		const form = await readForm(request);
		if (!form)
			return fail(400, {
				errors: { _form: m.form_unreadable() } as Record<string, string>,
				values: audits.postedValues(new FormData())
			});
		const section = Number(form.get('bagian')) || 1;
		const next = Number(form.get('lanjut')) || section;
		const removeId = Number(form.get('hapusFoto')) || null;
		try {
			await audits.saveSection(getDb(), user, Number(params.id), {
				answers: audits.answersFromForm(form, new Date()),
				photos: await audits.photosFromForm(form),
				removePhotoIds: removeId ? [removeId] : []
			});
		} catch (e) {
			const r = refusal(e);
			return fail(r.status, {
				errors: { [r.error.field ?? '_form']: r.message } as Record<string, string>,
				values: audits.postedValues(form)
			});
		}
		redirect(303, `/audit/${params.id}/isi?bagian=${next}&tersimpan=1`);
	},
	/** The team hands the audit to its facilitator. */
	ajukan: ({ params }) => {
		const user = requireUser();
		try {
			audits.submit(getDb(), user, Number(params.id));
		} catch (e) {
			const r = refusal(e);
			return fail(r.status, {
				submitError: r.message,
				missing: e instanceof audits.Unanswered ? e.missing : []
			});
		}
		redirect(303, `/audit?diajukan=${params.id}`);
	}
};
