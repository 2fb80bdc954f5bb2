// The checker behind guard-coverage.test.ts: with the TypeScript parser, which entry points of a route
// server file (load, actions, request handlers) do not START with a guard from ./guard.ts. Test-only.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const GUARD_MODULE = '$lib/server/auth/guard';
const HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);

export function parse(fileName: string, source: string): ts.SourceFile {
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
export type Entry = { name: string; fn: Fn | undefined; line: number };

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
export function entryPoints(file: ts.SourceFile): Entry[] {
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
export function unguardedEntries(fileName: string, source: string): string[] {
	const file = parse(fileName, source);
	const guards = guardBindings(file);
	return entryPoints(file).flatMap(({ name, fn, line }) => {
		if (!fn) return [`${name} (line ${line}): not a function written here, so not checkable`];
		const problem = firstStatementProblem(fn, guards);
		return problem ? [`${name} (line ${line}): ${problem}`] : [];
	});
}

export function serverFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) return serverFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(e.name) ? [full] : [];
	});
}

/** The guard functions: every function guard.ts exports. */
export const GUARDS = new Set(
	parse('guard.ts', fs.readFileSync(path.resolve('src/lib/server/auth/guard.ts'), 'utf8'))
		.statements.filter(ts.isFunctionDeclaration)
		.filter((f) => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
		.map((f) => f.name!.text)
);
