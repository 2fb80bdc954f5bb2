// Voting under load: signed-in children support an idea and take the support back, in a loop. Each
// pair of requests goes to the next child in turn, so no child comes near the per-account vote limit
// (a real class has many children voting a few times each, not one child voting thousands of times).
// Two ways a browser sends it: a plain form POST (JavaScript off: the action runs and the whole idea
// page is rendered back) and use:enhance (the action answers JSON).
import type { Db } from '../../src/lib/server/db/client';
import type { LoadRequest } from './load';

interface Input {
	/** The configured ORIGIN: form posts must carry it. */
	origin: string;
	/** Where to send the requests. */
	target: string;
	voters: { userId: string; ideaId: number }[];
	cookies: string[];
	db: Db;
}

export interface VoteScenario {
	name: string;
	/** Casts and withdraws once outside the load; a reason to skip the scenario, or null. */
	check: () => Promise<string | null>;
	requests: LoadRequest[];
}

const FORM = 'application/x-www-form-urlencoded';

export function voteScenarios(input: Input): VoteScenario[] {
	const { origin, target, voters, cookies, db } = input;
	const hasVote = db.$client.prepare('select count(*) as n from votes where user_id = ? and idea_id = ?');
	const variants: { name: string; headers: Record<string, string> }[] = [
		{ name: 'vote: support + take back (form, no JS)', headers: {} },
		{
			name: 'vote: support + take back (enhanced)',
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
		}
	];
	let next = 0;
	return variants.map(({ name, headers }) => {
		const request = (k: number, action: 'dukung' | 'batal'): LoadRequest => ({
			method: 'POST',
			path: `/aspirasi/${voters[k]!.ideaId}?/${action}`,
			headers: { 'content-type': FORM, origin, cookie: cookies[k]!, ...headers },
			body: ''
		});
		// The support picks the next child; the take-back that follows on the connection is the same child's.
		const requests: LoadRequest[] = [
			{
				...request(0, 'dukung'),
				setupRequest: (_r, context) => request((context.child = next++ % voters.length), 'dukung')
			},
			{ ...request(0, 'batal'), setupRequest: (_r, context) => request(context.child ?? 0, 'batal') }
		];
		const check = async () => {
			const voter = voters[0];
			if (!voter) return 'no verified child with budget left in the data set';
			const votes = () => (hasVote.get(voter.userId, voter.ideaId) as { n: number }).n;
			for (const [action, want] of [
				['dukung', 1],
				['batal', 0]
			] as const) {
				const r = request(0, action);
				const res = await fetch(target + r.path, { method: 'POST', headers: r.headers, body: r.body });
				await res.arrayBuffer();
				if (res.status !== 200 || votes() !== want)
					return `${r.path} answered ${res.status} and left ${votes()} vote(s), expected 200 and ${want}`;
			}
			return null;
		};
		return { name, check, requests };
	});
}

/** After the load: every idea's count still equals its votes and no child spent more than the budget. */
export function checkVotes(db: Db, voters: { userId: string; ideaId: number }[]): string[] {
	const ids = [...new Set(voters.map((v) => v.ideaId))];
	if (ids.length === 0) return [];
	const drift = db.$client
		.prepare(
			`select count(*) as n from ideas i where i.id in (${ids.map(() => '?').join(',')})
			 and i.vote_count != (select count(*) from votes v where v.idea_id = i.id)`
		)
		.get(...ids) as { n: number };
	const over = db.$client
		.prepare(
			`select count(*) as n from (select v.user_id from votes v join cycles c on c.id = v.cycle_id
			 group by v.user_id, v.cycle_id having count(*) > max(c.vote_budget))`
		)
		.get() as { n: number };
	return [
		drift.n === 0 && over.n === 0
			? `after the vote runs: vote_count equals the votes on all ${ids.length} ideas voted on, no budget overspent`
			: `VOTES INCONSISTENT after the run: ${drift.n} idea(s) with a wrong vote_count, ${over.n} overspent budget(s)`
	];
}
