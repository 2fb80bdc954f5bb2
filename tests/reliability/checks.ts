// What must hold in the database after a crash, given what the server answered before it died.
import Database from 'better-sqlite3';
import type { Op, World } from './load';

export interface CrashReport {
	problems: string[];
	integrity: string[];
	answered: number;
	unanswered: number;
}

/** One SQL check: every row it returns is a problem, described by `say`. */
function none(db: Database.Database, sql: string, say: (row: Record<string, unknown>) => string): string[] {
	return (db.prepare(sql).all() as Record<string, unknown>[]).map(say);
}

/** Votes: the last answered change of each (child, idea) decides, unless a later one went unanswered. */
function voteProblems(db: Database.Database, world: World, log: Op[]): string[] {
	const problems: string[] = [];
	const has = db.prepare('select 1 from votes where user_id = ? and idea_id = ?').pluck();
	const pairs = new Map<string, Op[]>();
	for (const op of log.filter((o) => o.kind !== 'post')) {
		const key = `${op.child.id}:${op.ideaId}`;
		pairs.set(key, [...(pairs.get(key) ?? []), op]);
	}
	for (const ops of pairs.values()) {
		const last = ops.at(-1);
		if (!last || last.outcome === 'unknown') continue; // either state is right
		const lastOk = ops.findLast((o) => o.outcome === 'ok');
		const { child, ideaId } = last;
		const expected = lastOk ? lastOk.kind === 'cast' : !!world.votes.get(child.id)?.has(ideaId!);
		const found = !!has.get(child.id, ideaId);
		if (found !== expected)
			problems.push(
				`${child.login} idea ${ideaId}: vote ${found ? 'present' : 'missing'} after answered ${lastOk?.kind}`
			);
	}
	return problems;
}

function postProblems(db: Database.Database, log: Op[]): string[] {
	const idea = db.prepare('select id, author_id as authorId, title from ideas where id = ?');
	const problems: string[] = [];
	for (const op of log.filter((o) => o.kind === 'post' && o.outcome === 'ok')) {
		const row = idea.get(op.ideaId) as { authorId: string; title: string } | undefined;
		if (!row || row.title !== op.title || row.authorId !== op.child.id)
			problems.push(`answered post "${op.title}" (id ${op.ideaId}) is not in the database`);
	}
	return problems;
}

/** Opens the database the killed server left (as the restarted one did) and checks it. */
export function checkAfterCrash(dbFile: string, world: World, log: Op[]): CrashReport {
	const db = new Database(dbFile, { readonly: true });
	try {
		const rows = db.pragma('integrity_check', { simple: false }) as Record<string, unknown>[];
		const integrity = rows.map((r) => String(Object.values(r)[0]));
		const problems = [
			...none(db, 'pragma foreign_key_check', (r) => `foreign key broken: ${JSON.stringify(r)}`),
			...none(
				db,
				'select id from ideas where not exists (select 1 from idea_events e where e.idea_id = ideas.id)',
				(r) => `idea ${r.id} has no timeline event (half-written)`
			),
			...none(
				db,
				`select id from ideas where id > ${Number(world.lastIdeaId)} and not exists (
				   select 1 from notifications n where n.idea_id = ideas.id and n.kind = 'idea_submitted')`,
				(r) => `idea ${r.id} was posted without its "submitted" notification (half-written)`
			),
			...none(
				db,
				'select id, vote_count as n from ideas where vote_count <> (select count(*) from votes v where v.idea_id = ideas.id)',
				(r) => `idea ${r.id}: vote_count ${r.n} differs from the votes table`
			),
			...none(
				db,
				`select v.user_id as u, count(*) as n from votes v join cycles c on c.id = v.cycle_id
				 group by v.user_id, v.cycle_id having count(*) > max(c.vote_budget)`,
				(r) => `user ${r.u} holds ${r.n} votes, over the budget`
			),
			...voteProblems(db, world, log),
			...postProblems(db, log)
		];
		return {
			problems,
			integrity,
			answered: log.filter((o) => o.outcome === 'ok').length,
			unanswered: log.filter((o) => o.outcome === 'unknown').length
		};
	} finally {
		db.close();
	}
}
