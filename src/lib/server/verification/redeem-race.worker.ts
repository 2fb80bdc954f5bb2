// Run by redeem-race.test.ts in two processes at once: each opens its own connection to the same
// database file, waits for "go" on stdin, then redeems the code for each child it was given.
import path from 'node:path';
import readline from 'node:readline';
import { openDatabase } from '../db/client';
import { redeem } from './redeem';

const [file, code, ids] = process.argv.slice(2);
const db = openDatabase(file!, path.resolve('drizzle'));
const children: string[] = JSON.parse(ids!);

const lines = readline.createInterface({ input: process.stdin });
process.stdout.write('ready\n');
lines.once('line', () => {
	const results = children.map((id) => {
		try {
			return redeem(db, { id }, code!);
		} catch (e) {
			return e instanceof Error ? e.message : String(e);
		}
	});
	db.$client.close();
	process.stdout.write(`${JSON.stringify(results)}\n`);
	lines.close();
});
