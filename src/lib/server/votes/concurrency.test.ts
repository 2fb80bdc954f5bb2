// Double clicks across connections: the budget check and the insert run in one IMMEDIATE transaction,
// so a second connection waits for the first instead of reading a stale count.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/client';
import { createTestDb } from '../db/test-db';
import * as regions from '../regions';
import * as votes from './index';
import {
	addChild,
	addCycle,
	addIdea,
	driftedCounts,
	NOW,
	thrown,
	voteCountOf,
	votesOf
} from './test-helpers';

const MIGRATIONS = path.resolve('drizzle');
const WORKER = path.resolve('src/lib/server/votes/concurrency.worker.ts');

const { db, file, cleanup } = createTestDb();
let other: Db;
let cycleId: number;
let authorId: string;

beforeAll(() => {
	regions.ensureShipped(db);
	cycleId = addCycle(db, { voteBudget: 3 });
	authorId = addChild(db).id;
	other = openDatabase(file, MIGRATIONS);
	// A tripwire in the test database only: any insert beyond a budget of 3 aborts with an error that is
	// not a domain error, so an overspend anywhere in these tests fails them instead of passing unseen.
	db.$client.exec(`
		create trigger votes_budget_tripwire before insert on votes
		when (select count(*) from votes where user_id = new.user_id and cycle_id = new.cycle_id) >= 3
		begin select raise(abort, 'budget overspent'); end;`);
});
afterAll(() => {
	other.$client.close();
	cleanup();
});

const idea = () => addIdea(db, authorId, cycleId);
const ideasOfCycle = (n: number) => Array.from({ length: n }, idea);

describe('two connections to the same file', () => {
	it('the tripwire catches an overspend that bypasses the rules', () => {
		const child = addChild(db);
		const stmt = db.$client.prepare('insert into votes (cycle_id, idea_id, user_id) values (?, ?, ?)');
		const [a, b, c, d] = ideasOfCycle(4);
		for (const id of [a, b, c]) stmt.run(cycleId, id, child.id);
		expect(() => stmt.run(cycleId, d, child.id)).toThrow('budget overspent');
		db.$client.prepare('delete from votes where user_id = ?').run(child.id);
	});

	it('interleaved casts of the same child give one vote per idea and stay within the budget', () => {
		const child = addChild(db);
		const [first, last] = [idea(), idea()];
		const ids = [first, ...ideasOfCycle(3), last];
		const codes: string[] = [];
		for (const id of ids) {
			for (const conn of [db, other, db]) {
				try {
					votes.cast(conn, child, id, NOW);
				} catch (e) {
					codes.push((e as { code: string }).code);
				}
			}
		}
		expect(votesOf(db, child.id)).toBe(3);
		expect(votes.supportedIds(other, child.id, ids)).toEqual(new Set(ids.slice(0, 3)));
		expect(new Set(codes)).toEqual(new Set(['vote_budget_spent']));
		// A vote taken back on one connection frees the budget seen by the other at once.
		votes.withdraw(other, child, first, NOW);
		expect(votes.cast(db, child, last, NOW).changed).toBe(true);
		expect(ids.map((id) => voteCountOf(other, id))).toEqual([0, 1, 1, 0, 1]);
	});

	it('parallel promises on both connections never make two votes or overspend', async () => {
		const child = addChild(db);
		const ids = ideasOfCycle(6);
		const settled = await Promise.allSettled(
			ids.flatMap((id) =>
				[db, other].map((conn) => Promise.resolve().then(() => votes.cast(conn, child, id, NOW)))
			)
		);
		const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as { code: string }] : []));
		expect(refused.every((e) => e.code === 'vote_budget_spent')).toBe(true);
		expect(votesOf(db, child.id)).toBe(3);
	});

	it('a cast cannot go ahead while another connection holds the write lock, and sees its vote after', () => {
		const child = addChild(db);
		const [held, wanted] = [idea(), idea()];
		other.$client.pragma('busy_timeout = 50');
		db.$client.exec('begin immediate');
		try {
			// The first connection is "between its check and its insert" for a vote of its own.
			db.$client
				.prepare('insert into votes (cycle_id, idea_id, user_id) values (?, ?, ?)')
				.run(cycleId, held, child.id);
			db.$client.prepare('update ideas set vote_count = vote_count + 1 where id = ?').run(held);
			const e = thrown(() => votes.cast(other, child, wanted, NOW));
			expect(e).toMatchObject({ code: 'SQLITE_BUSY' });
			db.$client.exec('commit');
		} finally {
			if (db.$client.inTransaction) db.$client.exec('rollback');
			other.$client.pragma('busy_timeout = 5000');
		}
		expect(votes.budget(other, child, NOW)).toMatchObject({ used: 1 });
		expect(votes.cast(other, child, wanted, NOW).changed).toBe(true);
		expect(votesOf(db, child.id)).toBe(2);
	});
});

interface WorkerResult {
	changed: number;
	codes: Record<string, number>;
	fatal: string[];
}

/** Starts the workers, waits until all are ready, releases them together and collects their results. */
async function race(jobs: object[]): Promise<WorkerResult[]> {
	const procs = jobs.map((job) =>
		spawn(process.execPath, ['--import', 'tsx', WORKER, file, MIGRATIONS, JSON.stringify(job)], {
			stdio: ['pipe', 'pipe', 'inherit']
		})
	);
	const outputs = procs.map((p) => {
		let out = '';
		let signalReady: () => void = () => {};
		const ready = new Promise<void>((resolve) => (signalReady = resolve));
		p.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (out.startsWith('ready\n')) signalReady();
		});
		const done = new Promise<string>((resolve, reject) => {
			p.on('error', reject);
			p.on('close', (status) =>
				status === 0 ? resolve(out.slice('ready\n'.length)) : reject(new Error(`worker exit ${status}`))
			);
		});
		return { ready, done };
	});
	await Promise.all(outputs.map((o) => o.ready));
	for (const p of procs) p.stdin.end('go\n');
	const texts = await Promise.all(outputs.map((o) => o.done));
	return texts.map((t) => JSON.parse(t) as WorkerResult);
}

// Truly simultaneous requests need separate processes (better-sqlite3 is synchronous). With the
// transactions left 'deferred' this test fails: readers upgrade to writers and get SQLITE_BUSY.
describe('four processes racing', () => {
	it('the same child clicking in four places at once: no error, no overspend, counts exact', async () => {
		const shared = addChild(db);
		const ids = ideasOfCycle(8);
		const jobs = Array.from({ length: 4 }, () => ({
			// Each process is the shared child and a child of its own, over the same ideas.
			actors: [shared, addChild(db)],
			ideaIds: ids,
			now: NOW.getTime(),
			rounds: 30
		}));
		const results = await race(jobs);

		expect(results.flatMap((r) => r.fatal)).toEqual([]);
		const codes = new Set(results.flatMap((r) => Object.keys(r.codes)));
		expect(codes).toEqual(new Set(['vote_budget_spent']));
		expect(results.reduce((n, r) => n + r.changed, 0)).toBeGreaterThan(100);
		for (const job of jobs)
			for (const actor of job.actors) expect(votesOf(db, actor.id)).toBeLessThanOrEqual(3);
		expect(driftedCounts(db)).toEqual([]);
	}, 90_000);
});
