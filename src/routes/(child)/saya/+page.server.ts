import type { PageServerLoad } from './$types';
import { isUnder18 } from '$lib/server/auth/age';
import { requireUser } from '$lib/server/auth/guard';
import { isSuspended } from '$lib/server/auth/permissions';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as reviews from '$lib/server/reviews';
import * as users from '$lib/server/users';
import * as votes from '$lib/server/votes';

export const load: PageServerLoad = () => {
	const actor = requireUser();
	const db = getDb();
	const account = users.getUser(db, actor.id);
	const budget = votes.budget(db, actor);
	const mine = account.kind === 'child' ? ideas.mine(db, actor.id) : [];
	// What became of each golden ticket: the point of posting, shown where the author looks.
	const tickets = reviews.journeys(
		db,
		mine.map((i) => i.id)
	);
	return {
		account: {
			username: account.username,
			kind: account.kind,
			desa: account.desa,
			roles: account.roles,
			verified: account.verifiedAt !== null,
			// Said as it happened: a code the child typed, or a facilitator by hand.
			verifiedWithCode: account.verifiedAt !== null && account.verificationMethod === 'invite',
			agedOut: account.kind === 'child' && !isUnder18(account.birthYear, account.birthMonth),
			suspendedUntil: isSuspended(account) ? account.suspendedUntil : null,
			suspendReason: isSuspended(account) ? account.suspendReason : null
		},
		ideas: mine.map((i) => ({ ...i, ticket: tickets.get(i.id) ?? null })),
		budget,
		myVotes: budget ? votes.myVotes(db, actor.id, budget.cycleId) : []
	};
};
