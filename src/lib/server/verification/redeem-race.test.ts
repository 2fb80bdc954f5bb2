// Two processes, two connections, one code: however their redeems interleave, the code is never
// used more often than it allows, and no child is verified without a counted use.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import * as regions from '../regions';
import { createCodes } from './codes';
import { listChildren } from './children';
import { addAccount, codeRow } from './test-helpers';

const { db, file, cleanup } = createTestDb();
afterAll(cleanup);

const WORKER = path.resolve('src/lib/server/verification/redeem-race.worker.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

function worker(code: string, ids: string[]) {
	const child = spawn(TSX, [WORKER, file, code, JSON.stringify(ids)], { stdio: ['pipe', 'pipe', 'inherit'] });
	let out = '';
	const ready = new Promise<void>((resolve) => {
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (out.startsWith('ready\n')) resolve();
		});
	});
	const done = new Promise<string[]>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) =>
			status === 0 ? resolve(JSON.parse(out.slice('ready\n'.length))) : reject(new Error(`worker ${status}`))
		);
	});
	return { ready, done, go: () => child.stdin.end('go\n') };
}

it('hands out each use once when two processes redeem the same code at the same moment', async () => {
	regions.ensureShipped(db);
	const fasil = addAccount(db, 'fasil.ledo', ['fasilitator']);
	const [code] = createCodes(db, fasil, {
		label: 'Balapan',
		desaCode: null,
		maxUses: 25,
		expiresAt: new Date(Date.now() + 86_400_000),
		count: 1
	});
	const ids = Array.from({ length: 60 }, (_, i) => addAccount(db, `pelari${i}`, ['anak']));
	const workers = [worker(code!.code, ids.slice(0, 30)), worker(code!.code, ids.slice(30))];
	await Promise.all(workers.map((w) => w.ready));
	for (const w of workers) w.go();
	const results = (await Promise.all(workers.map((w) => w.done))).flat();

	expect(results.filter((r) => r === 'verified')).toHaveLength(25);
	expect(results.filter((r) => r === 'verif_code_invalid')).toHaveLength(35);
	expect(codeRow(db, code!.id)?.uses).toBe(25);
	expect(listChildren(db, { inviteCodeId: code!.id, verified: true }).children).toHaveLength(25);
}, 30_000);
