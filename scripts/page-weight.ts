// npm run weight: what a first visit to each public page costs a child on a phone, gzipped: the HTML,
// the CSS and the JavaScript it loads (the Link header's and the page's preloads, scripts and styles,
// and every module those import). Starts the built server on a fresh demo database. Exits 1 when a
// budget is broken: 75 KiB of JavaScript and 150 KiB in all for the three busiest pages, and no
// JavaScript at all on pages that need no interactivity.
// HTML is gzipped at level 6 (a reverse proxy's usual setting); CSS and JavaScript at level 9, as the
// build precompresses them. KiB = 1,024 bytes. WEIGHT_BUILD_DIR serves another build than build/;
// WEIGHT_VERBOSE=1 lists every file of every page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const KIB = 1024;

/** Public pages; `{idea}` is the first published idea. Adding a page is one line. */
const PAGES: { path: string; budget?: { js: number; total: number }; noJs?: boolean }[] = [
	{ path: '/', budget: { js: 75, total: 150 } },
	{ path: '/aspirasi', budget: { js: 75, total: 150 } },
	{ path: '/aspirasi/{idea}', budget: { js: 75, total: 150 } },
	{ path: '/aspirasi?q=sekolah&klaster=4' },
	{ path: '/bantuan', noJs: true },
	{ path: '/bantuan/segera', noJs: true },
	{ path: '/masuk' },
	{ path: '/masuk/reset' },
	{ path: '/daftar' },
	{ path: '/dasbor' }
];

interface Weight {
	page: string;
	status: number;
	html: number;
	css: number;
	js: number;
	total: number;
	files: { path: string; gzip: number }[];
	problems: string[];
}

const gzip = (bytes: Buffer, level: number) => zlib.gzipSync(bytes, { level }).length;
const kib = (n: number) => (n / KIB).toFixed(1);

/** Every stylesheet and script the page asks for, in the HTML and the Link header. */
function assetsOf(html: string, linkHeader: string | null, base: URL): URL[] {
	const hrefs = new Set<string>();
	for (const m of (linkHeader ?? '').matchAll(/<([^>]+)>\s*;\s*rel="?(modulepreload|preload|stylesheet)"?/g))
		hrefs.add(m[1]!);
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = /\brel="([^"]+)"/.exec(m[0])?.[1] ?? '';
		const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
		if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) hrefs.add(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) hrefs.add(m[1]!);
	// SvelteKit's inline start script imports its entries.
	for (const m of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)) hrefs.add(m[1]!);
	return [...hrefs].map((h) => new URL(h, base));
}

/** Static imports of a module (`import … from "./x.js"`, `import "./x.js"`): loaded with it. */
function staticImports(code: string, base: URL): URL[] {
	const found: URL[] = [];
	for (const m of code.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+\.js)["']/g
	))
		found.push(new URL(m[1]!, base));
	return found;
}

async function weigh(origin: string, pagePath: string): Promise<Weight> {
	const url = new URL(pagePath, origin);
	const res = await fetch(url, { headers: { 'accept-language': 'id' }, redirect: 'manual' });
	const html = Buffer.from(await res.arrayBuffer());
	const weight: Weight = {
		page: pagePath,
		status: res.status,
		html: gzip(html, 6),
		css: 0,
		js: 0,
		total: 0,
		files: [],
		problems: []
	};
	const queue = assetsOf(html.toString('utf8'), res.headers.get('link'), url);
	const seen = new Set<string>();
	while (queue.length) {
		const asset = queue.shift()!;
		if (seen.has(asset.href) || asset.origin !== url.origin) continue;
		seen.add(asset.href);
		const r = await fetch(asset);
		const body = Buffer.from(await r.arrayBuffer());
		if (!r.ok) {
			weight.problems.push(`${asset.pathname} answered ${r.status}`);
			continue;
		}
		const size = gzip(body, 9);
		if (asset.pathname.endsWith('.css')) weight.css += size;
		else if (asset.pathname.endsWith('.js')) {
			weight.js += size;
			queue.push(...staticImports(body.toString('utf8'), asset));
		}
		weight.files.push({ path: asset.pathname, gzip: size });
	}
	weight.total = weight.html + weight.css + weight.js;
	return weight;
}

async function main(): Promise<number> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-weight-'));
	// config.ts reads the environment when first imported: set it before loading the app's modules.
	process.env.DATABASE_PATH = path.join(dir, 'suara-anak.db');
	process.env.UPLOADS_DIR = path.join(dir, 'uploads');
	const { config } = await import('../src/lib/server/config');
	const { openDatabase } = await import('../src/lib/server/db/client');
	const { seedDemo } = await import('./demo-data');
	const { ensureBuilt, startServer } = await import('./bench/server');
	const buildDir = process.env.WEIGHT_BUILD_DIR ?? 'build';
	ensureBuilt(buildDir);
	const db = openDatabase(config.databasePath, config.migrationsDir);
	await seedDemo(db);
	const idea = db.$client
		.prepare("select id from ideas where status = 'terbit' order by id limit 1")
		.get() as { id: number } | undefined;
	db.$client.close();
	const server = await startServer({
		buildDir,
		databasePath: config.databasePath,
		uploadsDir: config.uploadsDir,
		logFile: path.join(dir, 'server.log')
	});
	const weights: Weight[] = [];
	try {
		for (const page of PAGES)
			weights.push(
				await weigh(
					server.origin.replace('localhost', '127.0.0.1'),
					page.path.replace('{idea}', String(idea?.id ?? 1))
				)
			);
	} finally {
		await server.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	}

	const failures: string[] = [];
	console.log(
		`${'page'.padEnd(32)}${'HTML'.padStart(8)}${'CSS'.padStart(8)}${'JS'.padStart(8)}${'total'.padStart(8)}  (KiB gzipped)`
	);
	PAGES.forEach((page, i) => {
		const w = weights[i]!;
		if (w.status === 404 || (w.status >= 300 && w.status < 400)) {
			console.log(
				`${w.page.padEnd(32)}   ${w.status === 404 ? 'not there yet (404)' : `not public (${w.status})`}`
			);
			return;
		}
		console.log(
			`${w.page.padEnd(32)}${kib(w.html).padStart(8)}${kib(w.css).padStart(8)}${kib(w.js).padStart(8)}${kib(w.total).padStart(8)}`
		);
		if (process.env.WEIGHT_VERBOSE)
			for (const f of w.files.sort((a, b) => b.gzip - a.gzip))
				console.log(`    ${kib(f.gzip).padStart(6)}  ${f.path}`);
		if (w.status !== 200) failures.push(`${w.page} answered ${w.status}`);
		failures.push(...w.problems.map((p) => `${w.page}: ${p}`));
		if (page.budget && w.js > page.budget.js * KIB)
			failures.push(`${w.page}: ${kib(w.js)} KiB of JavaScript, budget ${page.budget.js} KiB`);
		if (page.budget && w.total > page.budget.total * KIB)
			failures.push(`${w.page}: ${kib(w.total)} KiB in all, budget ${page.budget.total} KiB`);
		if (page.noJs && w.js > 0)
			failures.push(`${w.page}: needs no interactivity but sends ${kib(w.js)} KiB of JavaScript`);
	});
	for (const f of failures) console.log(`OVER BUDGET  ${f}`);
	if (failures.length === 0) console.log('Every page is within its budget.');
	return failures.length ? 1 : 0;
}

process.exit(await main());
