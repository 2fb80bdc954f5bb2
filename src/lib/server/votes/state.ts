// What the support button shows for each idea on a page: the same rules as cast() and withdraw(),
// computed for a whole list with a fixed number of queries (no query per idea).
import { inArray } from 'drizzle-orm';
import { can, isSuspended, type Actor } from '../auth/permissions';
import { phaseAt, type Phase } from '../cycles/phase';
import type { Db } from '../db/client';
import { cycles, type IdeaStatus } from '../db/schema';
import { supportedIds, usedIn } from './read';
import { phaseProblem, voteProblem, votesLeft, withdrawProblem, type VoteCode } from './rules';

export interface VotableIdea {
	id: number;
	authorId: string;
	status: IdeaStatus;
	cycleId: number | null;
}

/** The props of VoteForm.svelte (spread them: `<VoteForm {...state} />`). */
export interface VoteFormState {
	ideaId: number;
	/** The actor supports this idea now. */
	supported: boolean;
	/** The button may be pressed: support when not supported, take back when supported. */
	canVote: boolean;
	/** Why not, when canVote is false: a VoteCode, or 'vote_sign_in' for a visitor. */
	reason: VoteCode | 'vote_sign_in' | 'suspended' | null;
	/** The actor's budget in the idea's cycle; both 0 when it does not apply (visitor, staff, closed). */
	left: number;
	total: number;
}

export function formStates(
	db: Db,
	actor: Actor | null | undefined,
	list: readonly VotableIdea[],
	now = new Date()
): Map<number, VoteFormState> {
	const cycleIds = [...new Set(list.flatMap((i) => (i.cycleId === null ? [] : [i.cycleId])))];
	const rows = cycleIds.length ? db.select().from(cycles).where(inArray(cycles.id, cycleIds)).all() : [];
	const byId = new Map(rows.map((c) => [c.id, { phase: phaseAt(c, now), budget: c.voteBudget }]));
	const supported = actor
		? supportedIds(
				db,
				actor.id,
				list.map((i) => i.id)
			)
		: new Set<number>();
	// At most one cycle is open at a time, so one count covers every idea that can take a vote.
	const open = rows.find((c) => byId.get(c.id)?.phase === 'open');
	const voter = !!actor && can(actor, 'child.vote', now);
	const used = voter && open ? usedIn(db, actor.id, open.id) : 0;

	const out = new Map<number, VoteFormState>();
	for (const idea of list) {
		const cycle = idea.cycleId === null ? undefined : byId.get(idea.cycleId);
		const phase: Phase | null = cycle?.phase ?? null;
		const isSupported = supported.has(idea.id);
		let reason: VoteFormState['reason'];
		if (isSupported) reason = withdrawProblem(phase);
		else if (!actor) reason = phaseProblem(phase) ?? 'vote_sign_in';
		else if (isSuspended(actor, now)) reason = 'suspended';
		else
			reason = voteProblem({
				child: can(actor, 'child.participate', now),
				verified: voter,
				phase,
				ideaStatus: idea.status,
				isOwn: idea.authorId === actor.id,
				alreadyVoted: false,
				used,
				budget: cycle?.budget ?? 0
			});
		const total = voter && phase === 'open' ? (cycle?.budget ?? 0) : 0;
		out.set(idea.id, {
			ideaId: idea.id,
			supported: isSupported,
			canVote: reason === null,
			reason,
			left: votesLeft(total, used),
			total
		});
	}
	return out;
}

/** The support button's state for one idea. */
export function formState(
	db: Db,
	actor: Actor | null | undefined,
	idea: VotableIdea,
	now = new Date()
): VoteFormState {
	const state = formStates(db, actor, [idea], now).get(idea.id);
	if (!state) throw new Error('formStates skipped an idea');
	return state;
}
