// npm run demo: build if needed, create and migrate the database, load demo data into an empty
// database, then serve the built site (same server as `npm start`). `--fresh` starts from an empty file.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import { buildIsStale } from './build-if-needed';
import { DEMO_PASSWORD, seedDemo } from './demo-data';

if (buildIsStale(process.cwd())) {
	console.log('Building Suara Anak…');
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

if (process.argv.includes('--fresh')) {
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(config.databasePath + suffix, { force: true });
	fs.rmSync(config.uploadsDir, { recursive: true, force: true });
}

const db = openDatabase(config.databasePath, config.migrationsDir);
const seeded = await seedDemo(db);
db.$client.close();
console.log(
	seeded
		? `Demo data loaded into ${config.databasePath}. Accounts: admin, fasilitator, bappeda, dinkes, forum1, anak1…anak20; password "${DEMO_PASSWORD}" (demo only).`
		: `${config.databasePath} already has accounts: no demo data loaded.`
);

// Photos up to 10 MB: adapter-node refuses bodies over 512 KB unless told otherwise.
const env = { BODY_SIZE_LIMIT: '11M', ...process.env };
const server = spawn(process.execPath, ['build'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
