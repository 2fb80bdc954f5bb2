// Concurrent children voting, taking votes back and posting ideas against a running server, each
// request written down with what the server answered: the crash test checks the database against it.
import Database from 'better-sqlite3';
import { postAction, type ActionResult, type Session } from './http';

export interface Child {
	id: string;
	login: string;
	desaCode: string;
}

/** What the demo database holds before the load starts. */
export interface World {
	budget: number;
	children: Child[];
	/** Published ideas of the open cycle and their authors. */
	ideas: { id: number; authorId: string }[];
	/** Each child's votes in the open cycle. */
	votes: Map<string, Set<number>>;
	/** The newest idea before the load: later ones were posted by it. */
	lastIdeaId: number;
}

/** ok: the server said it was done · refused: a rule said no · unknown: no answer (the kill). */
export type Outcome = 'pending' | 'ok' | 'refused' | 'error' | 'unknown';

export interface Op {
	kind: 'cast' | 'withdraw' | 'post';
	child: Child;
	ideaId?: number;
	title?: string;
	outcome: Outcome;
	answer?: ActionResult;
}

export function readWorld(dbFile: string, now = Date.now()): World {
	const db = new Database(dbFile, { readonly: true });
	try {
		const cycle = db
			.prepare('select id, vote_budget as budget from cycles where opens_at <= ? and voting_closes_at > ?')
			.get(now, now) as { id: number; budget: number } | undefined;
		if (!cycle) throw new Error('the demo database has no open cycle');
		// Children under 18 (counted from the birth month, as the app does): older ones keep no rights.
		const today = new Date(now);
		const months = today.getFullYear() * 12 + today.getMonth() + 1;
		const children = db
			.prepare(
				`select id, username as login, desa_code as desaCode from users
				 where kind = 'child' and verified_at is not null and deleted_at is null
				   and deactivated_at is null and suspended_until is null
				   and (username glob 'anak[0-9]*' or username = 'forum1')
				   and ? - (birth_year * 12 + birth_month) < 18 * 12
				 order by username`
			)
			.all(months) as Child[];
		const ideas = db
			.prepare("select id, author_id as authorId from ideas where status = 'terbit' and cycle_id = ?")
			.all(cycle.id) as World['ideas'];
		const votes = new Map(children.map((c) => [c.id, new Set<number>()]));
		for (const v of db.prepare('select user_id, idea_id from votes where cycle_id = ?').all(cycle.id) as {
			user_id: string;
			idea_id: number;
		}[])
			votes.get(v.user_id)?.add(v.idea_id);
		const lastIdeaId = db.prepare('select coalesce(max(id), 0) from ideas').pluck().get() as number;
		return { budget: cycle.budget, children, ideas, votes, lastIdeaId };
	} finally {
		db.close();
	}
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Letters only: digits in a title could look like a phone number to screening. */
function tag(n: number): string {
	let s = '';
	do {
		s = LETTERS[n % 26] + s;
		n = Math.floor(n / 26);
	} while (n > 0);
	return s;
}

export interface LoadOptions {
	origin: string;
	world: World;
	log: Op[];
	stopped: () => boolean;
	postsPerChild: number;
}

function settle(op: Op, answer: ActionResult, ok: ActionResult['type']): void {
	op.answer = answer;
	// A 4xx error page (403: this child may not post) is a refusal; only a 5xx is the server failing.
	const failed = answer.type === 'error' && (answer.status ?? 500) >= 500;
	op.outcome = answer.type === ok ? 'ok' : failed ? 'error' : 'refused';
}

async function send(
	op: Op,
	request: () => Promise<ActionResult>,
	ok: ActionResult['type']
): Promise<boolean> {
	try {
		settle(op, await request(), ok);
		return true;
	} catch {
		// The connection died (the server was killed): whether it committed is unknown.
		op.outcome = 'unknown';
		return false;
	}
}

/** One child, one request at a time, until told to stop or the server goes away. */
export async function childLoad(session: Session, child: Child, index: number, opts: LoadOptions) {
	const { origin, world, log } = opts;
	const mine = new Set(world.votes.get(child.id));
	const votable = world.ideas.filter((i) => i.authorId !== child.id).map((i) => i.id);
	let posts = 0;
	for (let n = 0; !opts.stopped(); n++) {
		if (n % 4 === 1 && posts < opts.postsPerChild) {
			const title = `Taman baca anak ${tag(index)} ${tag(posts++)} uji`;
			const op: Op = { kind: 'post', child, title, outcome: 'pending' };
			log.push(op);
			const form = {
				title,
				body: 'Kami ingin ada taman baca di desa supaya anak-anak bisa membaca buku setiap sore.',
				cluster: '4',
				level: 'desa',
				desaCode: child.desaCode
			};
			if (!(await send(op, () => postAction(origin, '/aspirasi/baru', form, session.cookie), 'redirect')))
				return;
			const location = op.answer?.type === 'redirect' ? op.answer.location : '';
			op.ideaId = Number(/^\/aspirasi\/(\d+)/.exec(location)?.[1]) || undefined;
			continue;
		}
		const free = votable.filter((id) => !mine.has(id));
		const withdraw = mine.size > 0 && (mine.size >= world.budget || Math.random() < 0.4 || !free.length);
		const ideaId = withdraw ? [...mine][Math.floor(Math.random() * mine.size)] : free[n % free.length];
		if (ideaId === undefined) return;
		const op: Op = { kind: withdraw ? 'withdraw' : 'cast', child, ideaId, outcome: 'pending' };
		log.push(op);
		const path = `/aspirasi/${ideaId}?/${withdraw ? 'batal' : 'dukung'}`;
		if (!(await send(op, () => postAction(origin, path, {}, session.cookie), 'success'))) return;
		if (op.outcome === 'ok' && withdraw) mine.delete(ideaId);
		if (op.outcome === 'ok' && !withdraw) mine.add(ideaId);
	}
}
