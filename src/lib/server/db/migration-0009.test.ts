// Migration 0009 moves a plan's target day out of its note ("… (2026-11-14)") into its own column,
// so the public report writes the day out in the reader's language. Tested on a database at 0008.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from './client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-mig-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** drizzle/ as it was before 0009. */
function migrationsBefore(tag: string): string {
	const out = path.join(dir, 'drizzle');
	fs.cpSync(path.resolve('drizzle'), out, { recursive: true });
	const journalFile = path.join(out, 'meta', '_journal.json');
	const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
	journal.entries = journal.entries.slice(
		0,
		journal.entries.findIndex((e) => e.tag === tag)
	);
	fs.writeFileSync(journalFile, JSON.stringify(journal));
	return out;
}

it('moves the target day of earlier plans into target_day, leaving other notes alone', () => {
	const file = path.join(dir, 'test.db');
	const old = openDatabase(file, migrationsBefore('0009_finding_event_target_day'));
	old.$client.pragma('foreign_keys = OFF');
	const insert = old.$client.prepare(
		`insert into finding_events (finding_id, kind, note, actor_role, created_at) values (1, ?, ?, 'opd', 0)`
	);
	insert.run('plan', 'Poster dipasang di ruang tunggu. (2026-11-14)');
	insert.run('plan', 'Tanpa tanggal (segera)');
	insert.run('fixed', 'Sudah dipasang (2026-11-20)');
	old.$client.close();

	const db = openDatabase(file, path.resolve('drizzle'));
	const rows = db.$client
		.prepare('select kind, note, target_day as day from finding_events order by id')
		.all();
	db.$client.close();
	expect(rows).toEqual([
		{ kind: 'plan', note: 'Poster dipasang di ruang tunggu.', day: '2026-11-14' },
		{ kind: 'plan', note: 'Tanpa tanggal (segera)', day: null },
		{ kind: 'fixed', note: 'Sudah dipasang (2026-11-20)', day: null }
	]);
});
