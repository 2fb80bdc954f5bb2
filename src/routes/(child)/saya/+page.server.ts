import type { PageServerLoad } from './$types';
import { isUnder18 } from '$lib/server/auth/age';
import { requireUser } from '$lib/server/auth/guard';
import { isSuspended } from '$lib/server/auth/permissions';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as users from '$lib/server/users';
import * as votes from '$lib/server/votes';

export const load: PageServerLoad = () => {
	const actor = requireUser();
	const db = getDb();
	const account = users.getUser(db, actor.id);
	const budget = votes.budget(db, actor);
	return {
		account: {
			username: account.username,
			kind: account.kind,
			desa: account.desa,
			roles: account.roles,
			verified: account.verifiedAt !== null,
			agedOut: account.kind === 'child' && !isUnder18(account.birthYear, account.birthMonth),
			suspendedUntil: isSuspended(account) ? account.suspendedUntil : null,
			suspendReason: isSuspended(account) ? account.suspendReason : null
		},
		ideas: account.kind === 'child' ? ideas.mine(db, actor.id) : [],
		budget,
		myVotes: budget ? votes.myVotes(db, actor.id, budget.cycleId) : []
	};
};
