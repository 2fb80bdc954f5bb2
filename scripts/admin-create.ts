// npm run admin:create: make the first admin, from ADMIN_USERNAME / ADMIN_EMAIL / ADMIN_PASSWORD
// or by asking on the terminal.
import { createInterface } from 'node:readline/promises';
import { config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import { DomainError } from '../src/lib/server/errors';
import * as opds from '../src/lib/server/opds';
import * as regions from '../src/lib/server/regions';
import * as users from '../src/lib/server/users';

async function ask(): Promise<{ username: string; email: string; password: string }> {
	const fromEnv = {
		username: process.env.ADMIN_USERNAME ?? '',
		email: process.env.ADMIN_EMAIL ?? '',
		password: process.env.ADMIN_PASSWORD ?? ''
	};
	if (fromEnv.username && fromEnv.password) return fromEnv;
	if (!process.stdin.isTTY)
		throw new Error('Set ADMIN_USERNAME and ADMIN_PASSWORD (and optionally ADMIN_EMAIL).');
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const username = (await rl.question('Username: ')).trim();
	const email = (await rl.question('Email (optional): ')).trim();
	const password = await rl.question('Password (12+ characters): ');
	rl.close();
	return { username, email, password };
}

const input = await ask();
const db = openDatabase(config.databasePath, config.migrationsDir);
regions.ensureShipped(db);
opds.ensureShipped(db);
try {
	const id = await users.createStaff(db, null, {
		username: input.username,
		email: input.email || null,
		displayName: input.username,
		password: input.password,
		roles: ['admin'],
		opdId: null
	});
	console.log(`Admin "${input.username}" created (${id}).`);
} catch (e) {
	if (e instanceof DomainError) {
		console.error(`Not created: ${e.code}${e.field ? ` (${e.field})` : ''}`);
		process.exitCode = 1;
	} else throw e;
} finally {
	db.$client.close();
}
