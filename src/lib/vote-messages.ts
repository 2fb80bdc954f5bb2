// The words for a vote refusal, in the reader's language. Here, not in $lib/server, because the support
// button shows them too (VoteForm's state comes as codes); ERROR_MESSAGES spreads this map, so each
// code has its words in one place.
import { m } from '$lib/paraglide/messages';
import type { VoteCode } from '$lib/server/votes/rules';

export const VOTE_MESSAGES = {
	vote_closed: m.vote_err_closed,
	vote_not_open: m.vote_err_not_open,
	vote_not_child: m.vote_err_not_child,
	vote_unverified: m.vote_err_unverified,
	vote_idea_unavailable: m.vote_err_idea_unavailable,
	vote_own_idea: m.vote_err_own_idea,
	vote_budget_spent: m.vote_err_budget_spent,
	suspended: m.mod_err_suspended
} satisfies Record<VoteCode | 'suspended', () => string>;

/** Why a child may not support an idea now. */
export type VoteRefusal = keyof typeof VOTE_MESSAGES;

export function voteMessage(code: VoteRefusal): string {
	return VOTE_MESSAGES[code]();
}
