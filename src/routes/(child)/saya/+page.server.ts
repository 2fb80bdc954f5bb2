import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { isUnder18 } from '$lib/server/auth/age';
import { requireUser } from '$lib/server/auth/guard';
import { isSuspended } from '$lib/server/auth/permissions';
import { getDb } from '$lib/server/db';
import * as ideas from '$lib/server/ideas';
import * as reviews from '$lib/server/reviews';
import * as users from '$lib/server/users';
import * as votes from '$lib/server/votes';
import { readForm, refusal } from '$lib/server/form';
import * as limits from '$lib/server/security/limits';

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

export const actions: Actions = {
	/** Takes a support back from the list, so moving a vote takes one page, not two. */
	batal: async ({ request }) => {
		const user = requireUser();
		const ideaId = Number((await readForm(request))?.get('ideaId'));
		if (!Number.isSafeInteger(ideaId) || ideaId < 1) return fail(400, { voteError: m.form_unreadable() });
		try {
			await limits.consume(getDb(), 'vote', user.id);
			votes.withdraw(getDb(), user, ideaId);
		} catch (e) {
			const r = refusal(e);
			return fail(r.status, { voteError: r.message });
		}
		redirect(303, '/saya?dibatalkan=1');
	}
};
