// The guard checker itself: it must name an entry point whose guard comes second or goes, and the
// fixtures below show what counts as starting with a guard.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entryPoints, GUARDS, parse, serverFiles, unguardedEntries } from './guard-checker';

const ROUTES = path.resolve('src/routes');
const files = serverFiles(ROUTES).map((f) => path.relative(ROUTES, f).split(path.sep).join('/'));

describe('the guard checker', () => {
	// Each real guard in turn, moved after an await (or a call, in a function that is not async), or
	// removed: the checker must then name that entry point.
	const guarded = files.flatMap((name) => {
		const source = fs.readFileSync(path.join(ROUTES, name), 'utf8');
		return entryPoints(parse(name, source)).flatMap(({ name: entry, fn }) => {
			const first = fn?.body && ts.isBlock(fn.body) ? fn.body.statements[0] : undefined;
			if (!fn || !first || unguardedEntries(name, source).some((p) => p.startsWith(`${entry} `))) return [];
			const at = first.getStart();
			const isAsync = ts.getModifiers(fn)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
			const late = `${source.slice(0, at)}${isAsync ? 'await ' : ''}tick();\n${source.slice(at)}`;
			const removed = source.slice(0, at) + source.slice(first.getEnd());
			return [{ name, entry, late, removed }];
		});
	});

	it('notices when any guard of the route tree comes second, or goes', () => {
		expect(guarded.length).toBeGreaterThan(100);
		for (const { name, entry, late, removed } of guarded) {
			expect(unguardedEntries(name, late), `${name}#${entry}`).toContainEqual(
				expect.stringMatching(new RegExp(`^${entry} \\(line \\d+\\): starts with \`(await )?tick\\(\\);\``))
			);
			expect(unguardedEntries(name, removed), `${name}#${entry}`).toContainEqual(
				expect.stringMatching(new RegExp(`^${entry} \\(line \\d+\\): (starts with|is empty)`))
			);
		}
	});

	const header = `import { requireRole, requireUser } from '$lib/server/auth/guard';\n`;
	const problems = (body: string) => unguardedEntries('fixture.ts', header + body);

	it('knows the guards of guard.ts', () => {
		expect([...GUARDS].sort()).toEqual([
			'requirePermission',
			'requireRole',
			'requireSecondFactorPage',
			'requireUser'
		]);
	});

	it('accepts a load, actions and handlers that start with a guard', () => {
		expect(
			problems(`
export const load: PageServerLoad = async () => {
	const user = requireUser();
	return { user: await read(user) };
};
export async function GET() { requireRole('admin'); return new Response(); }
export const POST = (async () => { const { id } = requireUser(); return json(id); }) satisfies RequestHandler;
export const actions = {
	grant: async ({ request }) => { requireRole('admin', 'fasilitator'); await request.formData(); },
	async revoke() { requireRole('admin'); },
	default: () => requireUser()
} satisfies Actions;`)
		).toEqual([]);
	});

	it('refuses a guard after an await', () => {
		expect(
			problems(`
export const actions = {
	save: async ({ request }) => {
		const form = await superValidate(request, zod4(schema));
		const user = requireUser();
		return { form, user };
	}
};`)
		).toEqual([expect.stringMatching(/^save \(line 4\): starts with `const form = await/)]);
	});

	it('refuses a guard inside an if, a try or a callback', () => {
		expect(
			problems(`
export const load = async ({ url }) => {
	if (url.searchParams.has('x')) requireRole('admin');
	return {};
};
export const POST = async () => {
	try { requireUser(); } catch { return new Response(); }
};
export async function GET() {
	return [1].map(() => requireUser());
}`)
		).toEqual([
			expect.stringMatching(/^load \(line 3\): starts with `if/),
			expect.stringMatching(/^POST \(line 7\): starts with `try/),
			expect.stringMatching(/^GET \(line 10\): starts with `return/)
		]);
	});

	it('refuses a missing guard, and code run by its arguments or a parameter default', () => {
		expect(
			problems(`
export const actions = {
	grant: async () => { requireRole('admin'); },
	revoke: async () => {},
	ban: async () => { requireRole(await roleOf()); },
	mute: async ({ id = lookUp() }) => { requireUser(); }
};`)
		).toEqual([
			'revoke (line 5): is empty',
			expect.stringMatching(/^ban \(line 6\): starts with/),
			'mute (line 7): a parameter default runs code before the guard'
		]);
	});

	it('refuses a function of the same name not imported from guard.ts', () => {
		const source = `import { requireUser } from './somewhere-else';
export const load = () => { requireUser(); };`;
		expect(unguardedEntries('fixture.ts', source)).toEqual([
			expect.stringMatching(/^load \(line 2\): starts with `requireUser\(\);`/)
		]);
	});

	it('refuses entry points it cannot read: defined elsewhere, or actions not written inline', () => {
		expect(
			problems(`
const handler = () => { requireUser(); };
export { handler as GET };
export const load = makeLoad();
export const actions = { other };`)
		).toEqual([
			'GET (line 4): not a function written here, so not checkable',
			'load (line 5): not a function written here, so not checkable',
			'other (line 6): not a function written here, so not checkable'
		]);
	});
});
