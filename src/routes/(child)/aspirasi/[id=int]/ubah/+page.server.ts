import { error, fail, redirect } from '@sveltejs/kit';
import { setError, superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { ideaSchema } from '$lib/schemas/idea';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { pageError, refuse } from '$lib/server/form';
import * as ideas from '$lib/server/ideas';
import { toIdeaInput } from '$lib/server/ideas/form';
import * as regions from '$lib/server/regions';
import { m } from '$lib/paraglide/messages';

type Field = 'title' | 'body' | 'cluster' | 'desaCode' | 'photo' | 'groupForum' | 'groupSize';

export const load: PageServerLoad = async ({ params }) => {
	const user = requireUser();
	const db = getDb();
	let idea;
	try {
		idea = ideas.get(db, Number(params.id), user);
	} catch (e) {
		pageError(e);
	}
	if (!idea.isAuthor || !ideas.EDITABLE_STATUSES.includes(idea.status))
		error(403, { message: m.idea_err_idea_not_editable() });
	const form = await superValidate(
		{
			title: idea.title,
			body: idea.body,
			cluster: idea.cluster,
			level: idea.level,
			desaCode: idea.level === 'desa' ? idea.regionCode : (user.desaCode ?? ''),
			kecamatanCode: idea.kecamatanCode ?? '',
			isGroup: idea.isGroup,
			groupForum: idea.groupForum ?? '',
			groupSize: idea.groupSize ?? 0,
			acknowledged: false
		},
		zod4(ideaSchema),
		{ errors: false }
	);
	return {
		form,
		idea: {
			id: idea.id,
			photo: idea.photo,
			reason: idea.timeline.at(-1)?.reason ?? null,
			status: idea.status
		},
		kecamatan: regions.kecamatanWithDesa(db),
		kabupaten: regions.kabupaten(db),
		forumMember: user.roles.includes('forum_anak')
	};
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(ideaSchema));
		if (!form.valid) return fail(400, withFiles({ form }));
		const db = getDb();
		let safeguarding: boolean;
		try {
			const input = toIdeaInput(form.data, regions.kabupaten(db)?.code ?? '');
			const result = await ideas.edit(
				db,
				user,
				Number(params.id),
				input,
				form.data.photo ?? null,
				new Date(),
				form.data.acknowledged
			);
			safeguarding = result.safeguarding;
		} catch (e) {
			// The words found go next to the text; the box to send anyway says how.
			if (e instanceof ideas.ScreeningWarning) setError(form, 'acknowledged', m.idea_warn_ack_hint());
			return refuse(form, e, {
				field: (r) => (r.field === 'regionCode' ? 'desaCode' : ((r.field ?? '') as Field | ''))
			});
		}
		if (safeguarding) redirect(303, '/bantuan/segera');
		redirect(303, `/aspirasi/${params.id}`);
	}
};
