// Walks the whole route tree with the TypeScript parser: every load, every action and every request
// handler must START with a guard from ./guard.ts (its first statement calls one), so nothing runs for a
// visitor the page refuses: no read, no await, no branch that could skip it. A layout alone protects
// nothing. The few entry points open to everyone are listed below, each with its reason.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROUTES = path.resolve('src/routes');
const GUARD_MODULE = '$lib/server/auth/guard';
const PROTECTED_GROUPS = ['(child)', '(staff)', '(admin)'];
const HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);

/** The guard functions: every function guard.ts exports. */
const GUARDS = new Set(
	parse('guard.ts', fs.readFileSync(path.resolve('src/lib/server/auth/guard.ts'), 'utf8'))
		.statements.filter(ts.isFunctionDeclaration)
		.filter((f) => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
		.map((f) => f.name!.text)
);

/**
 * Entry points open without a guard, by design ("file#entry", file relative to src/routes). Nothing in
 * (child), (staff) or (admin) may be here. An entry that does start with a guard must not be listed.
 */
const PUBLIC: Record<string, string> = {
	// Every page and the home page: shown to everyone; the layout reads locals.user only for the header.
	'+layout.server.ts#load': 'every page, signed in or not',
	'+page.server.ts#load': 'the home page',
	// Infrastructure: the language switch, the health check for the process manager, and sign-out (which
	// ends whatever session the request has, and sends a visitor without one home).
	'bahasa/+server.ts#POST': 'the language switch works before signing in',
	'healthz/+server.ts#GET': 'probed by the process manager',
	'keluar/+page.server.ts#load': 'sign-out',
	'keluar/+page.server.ts#default': 'sign-out',
	// Photos. A published one is everyone's; the idea and audit handlers show an unpublished one only to
	// whom the domain's photoAccess rule allows (its author or team, and staff), else a 404.
	'foto/[name]/+server.ts#GET': "an idea's photo",
	'(public)/audit/foto/[name]/+server.ts#GET': "an audit's photo",
	'(public)/fasilitas/temuan/foto/[name]/+server.ts#GET': "a fixed finding's photo, always published",
	'(public)/tiket-emas/[id=int]/foto/+server.ts#GET': "a done golden ticket's photo, always published",
	// Signing up and signing in: for visitors without a session.
	'(public)/daftar/+page.server.ts#load': 'sign-up',
	'(public)/daftar/+page.server.ts#default': 'sign-up',
	'(public)/masuk/+page.server.ts#load': 'sign-in',
	'(public)/masuk/+page.server.ts#default': 'sign-in',
	'(public)/masuk/kode/+page.server.ts#load': "sign-in's second step, the authenticator code",
	'(public)/masuk/kode/+page.server.ts#default': "sign-in's second step, the authenticator code",
	'(public)/masuk/reset/+page.server.ts#load': 'a new password with a reset code',
	'(public)/masuk/reset/+page.server.ts#default': 'a new password with a reset code',
	// Help: a child in danger must reach it without an account.
	'(public)/bantuan/+page.server.ts#load': 'help',
	'(public)/bantuan/segera/+page.server.ts#load': 'urgent help',
	// The public record: ideas, the dashboard, open data, audits, facilities and golden tickets. Only
	// reads: their actions (voting, reporting, checking a finding) are guarded. A signed-in visitor sees
	// at most their own state and the buttons their role allows.
	'(public)/aspirasi/+page.server.ts#load': 'the list of ideas',
	'(public)/aspirasi/[id=int]/+page.server.ts#load': 'one idea',
	'(public)/aspirasi/mirip/+server.ts#GET': 'published ideas like a title being typed',
	'(public)/audit/[id=int]/+page.server.ts#load': 'a published audit',
	'(public)/dasbor/+page.server.ts#load': 'the public dashboard',
	'(public)/dasbor/bukti/[cycle=int]/+page.server.ts#load': "the dashboard's evidence pack",
	'(public)/data/+page.server.ts#load': 'open data',
	'(public)/data/[name].[format]/+server.ts#GET': 'open data downloads',
	'(public)/data/statistik/[name].[format]/+server.ts#GET': 'open statistics downloads',
	'(public)/fasilitas/+page.server.ts#load': 'the list of facilities',
	'(public)/fasilitas/[id=int]/+page.server.ts#load': 'one facility',
	'(public)/tiket-emas/+page.server.ts#load': 'the list of golden tickets',
	'(public)/tiket-emas/[id=int]/+page.server.ts#load': 'one golden ticket'
};

function parse(fileName: string, source: string): ts.SourceFile {
	return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** `x satisfies T`, `x as T`, `(x)` → x. */
function unwrap(node: ts.Expression): ts.Expression {
	while (
		ts.isSatisfiesExpression(node) ||
		ts.isAsExpression(node) ||
		ts.isParenthesizedExpression(node) ||
		ts.isTypeAssertionExpression(node)
	)
		node = node.expression;
	return node;
}

type Fn = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;
type Entry = { name: string; fn: Fn | undefined; line: number };

function lineOf(file: ts.SourceFile, node: ts.Node): number {
	return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

function asFunction(node: ts.Node | undefined): Fn | undefined {
	if (!node) return undefined;
	if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return node;
	if (!ts.isExpression(node)) return undefined;
	const inner = unwrap(node);
	return ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? inner : undefined;
}

function isExported(node: ts.Node): boolean {
	return (
		ts.canHaveModifiers(node) &&
		(ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
	);
}

/** The loads, actions and request handlers a file exports; `fn` is unset when it is not written inline. */
function entryPoints(file: ts.SourceFile): Entry[] {
	const entries: Entry[] = [];
	const add = (name: string, node: ts.Node, fn: Fn | undefined) =>
		entries.push({ name, fn, line: lineOf(file, node) });
	for (const statement of file.statements) {
		if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
			const name = statement.name.text;
			if (name === 'load' || HANDLERS.has(name)) add(name, statement, statement);
		} else if (ts.isVariableStatement(statement) && isExported(statement)) {
			for (const d of statement.declarationList.declarations) {
				if (!ts.isIdentifier(d.name)) continue;
				const name = d.name.text;
				if (name === 'load' || HANDLERS.has(name)) add(name, d, asFunction(d.initializer));
				if (name !== 'actions') continue;
				const object = d.initializer && unwrap(d.initializer);
				if (!object || !ts.isObjectLiteralExpression(object)) {
					add('actions', d, undefined);
					continue;
				}
				for (const p of object.properties) {
					const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name));
					const actionName = key ? (p.name as ts.Identifier).text : `(${p.getText(file)})`;
					if (ts.isPropertyAssignment(p)) add(actionName, p, asFunction(p.initializer));
					else if (ts.isMethodDeclaration(p)) add(actionName, p, p);
					else add(actionName, p, undefined);
				}
			}
		} else if (ts.isExportDeclaration(statement) && statement.exportClause) {
			// `export { load }`, `export { handler as GET }`: the function lives elsewhere.
			if (!ts.isNamedExports(statement.exportClause)) continue;
			for (const e of statement.exportClause.elements) {
				const name = e.name.text;
				if (name === 'load' || name === 'actions' || HANDLERS.has(name)) add(name, e, undefined);
			}
		} else if (ts.isExportAssignment(statement)) add('default export', statement, undefined);
	}
	return entries;
}

/** Local names that call a guard: `import { requireUser } …` or `import * as guard …` from guard.ts. */
function guardBindings(file: ts.SourceFile) {
	const names = new Set<string>();
	const namespaces = new Set<string>();
	for (const s of file.statements) {
		if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
		if (s.moduleSpecifier.text !== GUARD_MODULE || s.importClause?.isTypeOnly) continue;
		const bindings = s.importClause?.namedBindings;
		if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
		if (bindings && ts.isNamedImports(bindings))
			for (const el of bindings.elements)
				if (!el.isTypeOnly && GUARDS.has((el.propertyName ?? el.name).text)) names.add(el.name.text);
	}
	return { names, namespaces };
}

/** Whether running this expression could run code (a call, an await, …) before the guard. */
function runsCode(node: ts.Node): boolean {
	if (
		ts.isCallExpression(node) ||
		ts.isNewExpression(node) ||
		ts.isAwaitExpression(node) ||
		ts.isYieldExpression(node) ||
		ts.isTaggedTemplateExpression(node) ||
		ts.isFunctionLike(node)
	)
		return true;
	return ts.forEachChild(node, (child) => runsCode(child) || undefined) ?? false;
}

/** Whether a parameter's default values (`{ id = lookUp() }`) run code before the body. */
function defaultRunsCode(node: ts.ParameterDeclaration | ts.BindingElement | ts.OmittedExpression): boolean {
	if (ts.isOmittedExpression(node)) return false;
	if (node.initializer && runsCode(node.initializer)) return true;
	return !ts.isIdentifier(node.name) && node.name.elements.some(defaultRunsCode);
}

/** `requireRole('admin')`, its arguments plain values: a guard call and nothing before it. */
function isGuardCall(node: ts.Expression, guards: ReturnType<typeof guardBindings>): boolean {
	const call = unwrap(node);
	if (!ts.isCallExpression(call) || call.questionDotToken) return false;
	const callee = call.expression;
	const named = ts.isIdentifier(callee) && guards.names.has(callee.text);
	const viaNamespace =
		ts.isPropertyAccessExpression(callee) &&
		ts.isIdentifier(callee.expression) &&
		guards.namespaces.has(callee.expression.text) &&
		GUARDS.has(callee.name.text);
	return (named || viaNamespace) && !call.arguments.some(runsCode);
}

/** Why a function does not start with a guard, or undefined when it does. */
function firstStatementProblem(fn: Fn, guards: ReturnType<typeof guardBindings>) {
	if (fn.parameters.some(defaultRunsCode)) return 'a parameter default runs code before the guard';
	const body = fn.body;
	if (!body) return 'has no body';
	if (!ts.isBlock(body)) return isGuardCall(body, guards) ? undefined : 'does not start with a guard';
	const first = body.statements[0];
	if (!first) return 'is empty';
	if (ts.isExpressionStatement(first) && isGuardCall(first.expression, guards)) return undefined;
	if (ts.isVariableStatement(first)) {
		const init = first.declarationList.declarations[0]?.initializer;
		if (init && isGuardCall(init, guards)) return undefined;
	}
	return `starts with \`${first.getText().split('\n')[0]!.slice(0, 70)}\`, not a guard`;
}

/** Every entry point of a route file that does not start with a guard, as "name (line n): why". */
function unguardedEntries(fileName: string, source: string): string[] {
	const file = parse(fileName, source);
	const guards = guardBindings(file);
	return entryPoints(file).flatMap(({ name, fn, line }) => {
		if (!fn) return [`${name} (line ${line}): not a function written here, so not checkable`];
		const problem = firstStatementProblem(fn, guards);
		return problem ? [`${name} (line ${line}): ${problem}`] : [];
	});
}

function serverFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) return serverFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(e.name) ? [full] : [];
	});
}

const files = serverFiles(ROUTES).map((f) => path.relative(ROUTES, f).split(path.sep).join('/'));
const entryNames = (name: string) =>
	entryPoints(parse(name, fs.readFileSync(path.join(ROUTES, name), 'utf8'))).map((e) => e.name);

describe('route guards', () => {
	it('finds the server files of every route group', () => {
		for (const group of [...PROTECTED_GROUPS, '(public)'])
			expect(files.filter((f) => f.startsWith(`${group}/`)).length).toBeGreaterThanOrEqual(5);
	});

	it.each(files)('%s starts every load, action and handler with a guard', (name) => {
		const source = fs.readFileSync(path.join(ROUTES, name), 'utf8');
		expect(entryNames(name).length, 'a server file with no load, action or handler').toBeGreaterThan(0);
		const open = unguardedEntries(name, source).filter(
			(problem) => !(`${name}#${problem.split(' ')[0]}` in PUBLIC)
		);
		expect(open).toEqual([]);
	});

	it('keeps the list of public entry points exact', () => {
		for (const key of Object.keys(PUBLIC)) {
			const [name, entry] = key.split('#') as [string, string];
			expect(
				PROTECTED_GROUPS.some((g) => name.startsWith(`${g}/`)),
				key
			).toBe(false);
			expect(files, key).toContain(name);
			expect(entryNames(name), key).toContain(entry);
			// Listed but guarded after all: the entry does not belong here.
			const unguarded = unguardedEntries(name, fs.readFileSync(path.join(ROUTES, name), 'utf8'));
			expect(
				unguarded.some((p) => p.startsWith(`${entry} `)),
				key
			).toBe(true);
		}
	});
});

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
