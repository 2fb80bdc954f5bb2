import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad } from './$types';
import * as account from '$lib/server/account';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as uploads from '$lib/server/uploads';
import { m } from '$lib/paraglide/messages';
import { deleteAccountSchema } from './schema';
import { refuse } from '$lib/server/form';

export const load: PageServerLoad = async () => {
	const user = requireUser();
	return {
		nickname: user.username,
		isStaff: user.kind !== 'child',
		form: await superValidate(zod4(deleteAccountSchema))
	};
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const user = requireUser();
		const form = await superValidate(request, zod4(deleteAccountSchema));
		const typed = form.data.confirm;
		// A wrong confirmation keeps nothing typed: the child types the nickname again, on purpose.
		form.data.confirm = '';
		if (!form.valid) return fail(400, { form });
		if (!account.confirmsDeletion(typed, user.username))
			return setError(form, 'confirm', m.account_delete_mismatch());
		let deleted: account.DeletedAccount;
		try {
			deleted = account.deleteAccount(getDb(), user.id);
		} catch (e) {
			return refuse(form, e, { field: 'confirm' });
		}
		// After the commit: a file that cannot be removed must not undo or hide a finished deletion.
		const removed = await Promise.allSettled(deleted.photos.map((name) => uploads.deletePhoto(name)));
		for (const r of removed)
			if (r.status === 'rejected') console.error('account delete: photo kept', r.reason);
		deleteSessionCookie(cookies);
		redirect(303, '/?akun-dihapus=1');
	}
};
