// The checklist editor. It posts one field per text (dozens of items), which a superform cannot
// carry without JavaScript, so the action reads the form data with the domain's parser instead (and a
// body that is no form data gets a 400 with a message, as a superform's would).
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { contentFromForm, InvalidContent, templates } from '$lib/server/facilities';
import { readForm, refusal } from '$lib/server/form';
import { m } from '$lib/paraglide/messages';
import { ERROR_MESSAGES } from '$lib/server/error-messages';

function base(id: string) {
	const template = templates.get(getDb(), Number(id));
	if (!template) error(404, { message: m.error_not_found_text() });
	return template;
}

export const load: PageServerLoad = ({ params }) => {
	requireRole('admin');
	return { template: base(params.id) };
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const user = requireRole('admin');
		const template = base(params.id);
		const data = await readForm(request);
		if (!data)
			return fail(400, { draft: template.content, note: '', issues: {}, message: m.form_unreadable() });
		const content = contentFromForm(data, template.content);
		const note = String(data.get('note') ?? '').slice(0, 300);
		let id: number;
		try {
			id = templates.publishVersion(getDb(), user, template.type, content, note);
		} catch (e) {
			if (e instanceof InvalidContent) {
				const issues = Object.fromEntries(e.issues.map((i) => [i.path, ERROR_MESSAGES[i.code]()]));
				return fail(400, { draft: content, note, issues, message: m.fac_tpl_has_errors() });
			}
			const r = refusal(e);
			return fail(r.status, { draft: content, note, issues: {}, message: r.message });
		}
		redirect(303, `/admin/checklist/${id}?baru=1`);
	}
};
