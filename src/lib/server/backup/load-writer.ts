// Run by backup.test.ts in its own process (node --import tsx): casts and withdraws votes through the
// real verbs, and stores a photo now and then, until it reads "stop"; then prints what it committed.
// Usage: load-writer.ts <db file> <migrations dir> <json: { actors, ideaIds, now, photosDir }>
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Actor } from '../auth/permissions';
import { openDatabase } from '../db/client';
import { DomainError } from '../errors';
import * as votes from '../votes';

interface Job {
	actors: (Omit<Actor, 'verifiedAt'> & { verifiedAt: string | null })[];
	ideaIds: number[];
	now: number;
	photosDir: string;
}

const [file, migrations, json] = process.argv.slice(2);
if (!file || !migrations || !json) throw new Error('usage: load-writer.ts <db> <migrations> <job>');
const job = JSON.parse(json) as Job;
const actors: Actor[] = job.actors.map((a) => ({
	...a,
	verifiedAt: a.verifiedAt ? new Date(a.verifiedAt) : null
}));
const now = new Date(job.now);
const db = openDatabase(file, migrations);
const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)] as T;

let stopped = false;
const result = { changes: 0, photos: 0, refused: 0 };

/** Like the photo store: a temporary dot-file, then a rename, so a photo is whole or absent. */
function storePhoto() {
	const name = `${randomBytes(16).toString('hex')}.webp`;
	const temp = path.join(job.photosDir, `.tmp-${name}`);
	fs.writeFileSync(temp, randomBytes(2048));
	fs.renameSync(temp, path.join(job.photosDir, name));
	result.photos++;
}

async function run() {
	for (let i = 0; !stopped; i++) {
		const actor = pick(actors);
		const ideaId = pick(job.ideaIds);
		try {
			const supported = votes.supportedIds(db, actor.id, [ideaId]).has(ideaId);
			const r = supported ? votes.withdraw(db, actor, ideaId, now) : votes.cast(db, actor, ideaId, now);
			if (r.changed) result.changes++;
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			result.refused++;
		}
		if (i % 25 === 0) storePhoto();
		// Let "stop" in: the verbs are synchronous.
		if (i % 20 === 0) await yieldToEvents();
	}
}

const input = readline.createInterface({ input: process.stdin });
input.once('line', () => {
	stopped = true;
});
const done = run();
process.stdout.write('ready\n');
await done;
input.close();
db.$client.close();
process.stdout.write(JSON.stringify(result) + '\n');
