import { fail } from '@sveltejs/kit';
import { message, superValidate, type Infer } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import { addWordSchema, removeWordSchema, tryTextSchema } from '$lib/schemas/screening';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as screening from '$lib/server/screening';
import { m } from '$lib/paraglide/messages';
import { refuse } from '$lib/server/form';

/** What "try a text" shows: the outcome and the text cut into marked pieces. */
type TryMessage = ReturnType<typeof screening.tryText>;
type TryForm = Infer<typeof tryTextSchema>;

export const load: PageServerLoad = async () => {
	requireRole('admin');
	return {
		shipped: screening.SHIPPED,
		words: screening.listWords(getDb()),
		addForm: await superValidate(zod4(addWordSchema), { id: 'add' }),
		tryForm: await superValidate<TryForm, TryMessage>(zod4(tryTextSchema), { id: 'try' })
	};
};

export const actions: Actions = {
	add: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(addWordSchema), { id: 'add' });
		if (!form.valid) return fail(400, { form });
		try {
			screening.addWord(getDb(), actor.id, form.data.list, form.data.word);
		} catch (e) {
			return refuse(form, e, { field: 'word' });
		}
		return message(form, m.screen_added());
	},
	remove: async ({ request }) => {
		const actor = requireRole('admin');
		const form = await superValidate(request, zod4(removeWordSchema), { id: 'remove' });
		if (!form.valid) return fail(400, { form });
		try {
			screening.removeWord(getDb(), actor.id, form.data.id);
		} catch (e) {
			return refuse(form, e, { asMessage: true });
		}
		return message(form, m.screen_removed());
	},
	try: async ({ request }) => {
		requireRole('admin');
		const form = await superValidate<TryForm, TryMessage>(request, zod4(tryTextSchema), { id: 'try' });
		if (!form.valid) return fail(400, { form });
		return message(form, screening.tryText(getDb(), form.data.text));
	}
};
