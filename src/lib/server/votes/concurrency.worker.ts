// Run by concurrency.test.ts in several processes at once (node --import tsx), each with its own
// connection to the same SQLite file: casts and withdraws as fast as it can after a common "go".
// Usage: concurrency.worker.ts <db file> <migrations dir> <json: { actors, ideaIds, now, rounds }>
import readline from 'node:readline';
import type { Actor } from '../auth/permissions';
import { openDatabase } from '../db/client';
import { DomainError } from '../errors';
import * as votes from './index';

interface Job {
	actors: (Omit<Actor, 'verifiedAt'> & { verifiedAt: string | null })[];
	ideaIds: number[];
	now: number;
	rounds: number;
}

const [file, migrations, json] = process.argv.slice(2);
if (!file || !migrations || !json) throw new Error('usage: concurrency.worker.ts <db> <migrations> <job>');
const job = JSON.parse(json) as Job;
const actors: Actor[] = job.actors.map((a) => ({
	...a,
	verifiedAt: a.verifiedAt ? new Date(a.verifiedAt) : null
}));
const now = new Date(job.now);
const db = openDatabase(file, migrations);

const result = { changed: 0, codes: {} as Record<string, number>, fatal: [] as string[] };

function run() {
	for (let round = 0; round < job.rounds; round++) {
		job.ideaIds.forEach((ideaId, i) => {
			for (const actor of actors) {
				try {
					// Mostly casts, with withdraws mixed in so the budget keeps freeing up and filling again.
					const r =
						(round + i) % 3 === 2
							? votes.withdraw(db, actor, ideaId, now)
							: votes.cast(db, actor, ideaId, now);
					if (r.changed) result.changed++;
				} catch (e) {
					if (e instanceof DomainError) result.codes[e.code] = (result.codes[e.code] ?? 0) + 1;
					else result.fatal.push(String(e));
				}
			}
		});
	}
}

// A barrier: every worker says "ready", and all start when the test answers "go".
const input = readline.createInterface({ input: process.stdin });
input.once('line', () => {
	run();
	input.close();
	db.$client.close();
	process.stdout.write(JSON.stringify(result) + '\n');
});
process.stdout.write('ready\n');
