// Walks the route tree: every server file under (child), (staff) and (admin) must start its load and
// each of its actions with a guard. A layout alone protects nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = path.resolve('src/routes');
const PROTECTED_GROUPS = ['(child)', '(staff)', '(admin)'];
const GUARD = /\brequire(User|Role|Permission|SecondFactorPage)\(/g;

function serverFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) return serverFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(e.name) ? [full] : [];
	});
}

/** The loads, actions and request handlers a file exports, each needing a guard of its own. */
function entryPoints(source: string): number {
	const load = /export const load\b|export (async )?function load\b/.test(source) ? 1 : 0;
	const handlers = (
		source.match(/export (const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g) ?? []
	).length;
	const actionsBlock = source.split(/export const actions[^=]*=/)[1] ?? '';
	const actions = (actionsBlock.match(/^\t[a-zA-Z]+: (async )?\(/gm) ?? []).length;
	return load + handlers + actions;
}

const files = PROTECTED_GROUPS.flatMap((g) =>
	fs.existsSync(path.join(ROUTES, g)) ? serverFiles(path.join(ROUTES, g)) : []
);

describe('route guards', () => {
	it('finds the protected server files', () => {
		expect(files.length).toBeGreaterThanOrEqual(8);
	});

	it.each(files.map((f) => [path.relative(ROUTES, f), f]))(
		'%s guards every load and action',
		(_name, file) => {
			const source = fs.readFileSync(file, 'utf8');
			const needed = entryPoints(source);
			expect(needed).toBeGreaterThan(0);
			expect((source.match(GUARD) ?? []).length).toBeGreaterThanOrEqual(needed);
		}
	);

	it('counts the actions of a file, so a missing guard is noticed', () => {
		const sample = `export const load = () => { requireRole('admin'); };
export const actions = {
	grant: async () => { requireRole('admin'); },
	revoke: async () => {}
};`;
		expect(entryPoints(sample)).toBe(3);
		expect((sample.match(GUARD) ?? []).length).toBeLessThan(entryPoints(sample));
	});
});
