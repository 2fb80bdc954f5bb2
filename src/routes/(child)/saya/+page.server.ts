import type { PageServerLoad } from './$types';
import { isUnder18 } from '$lib/server/auth/age';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/users';

export const load: PageServerLoad = () => {
	const actor = requireUser();
	const account = users.getUser(getDb(), actor.id);
	return {
		account: {
			username: account.username,
			kind: account.kind,
			desa: account.desa,
			roles: account.roles,
			verified: account.verifiedAt !== null,
			agedOut: account.kind === 'child' && !isUnder18(account.birthYear, account.birthMonth)
		}
	};
};
