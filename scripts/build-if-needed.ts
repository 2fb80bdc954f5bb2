// `npm run demo` builds only when the build is missing or older than the sources.
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
	'src',
	'static',
	'messages',
	'drizzle',
	'package.json',
	'svelte.config.js',
	'vite.config.ts'
];

function newestMtime(p: string): number {
	if (!fs.existsSync(p)) return 0;
	const stat = fs.statSync(p);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of fs.readdirSync(p)) {
		// The generated Paraglide output changes on every build; its sources are in messages/.
		if (entry === 'paraglide') continue;
		newest = Math.max(newest, newestMtime(path.join(p, entry)));
	}
	return newest;
}

export function buildIsStale(root: string): boolean {
	const built = path.join(root, 'build', 'index.js');
	if (!fs.existsSync(built)) return true;
	const builtAt = fs.statSync(built).mtimeMs;
	return SOURCES.some((s) => newestMtime(path.join(root, s)) > builtAt);
}
