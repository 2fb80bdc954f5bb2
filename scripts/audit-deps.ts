// npm run audit:deps: fails when the packages the server runs with (no dev tools) have a high or
// critical advisory. When the registry's audit endpoint cannot be reached it says so and passes
// with a warning: offline build machines must still build, and a missing answer is not a clean one.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const AUDIT_ARGS = ['audit', '--omit=dev', '--audit-level=high', '--json'];
const BLOCKING = ['high', 'critical'] as const;

interface Advisory {
	title?: string;
	url?: string;
	severity?: string;
}

interface Vulnerability {
	name: string;
	severity: string;
	via: (string | Advisory)[];
	fixAvailable: boolean | { name: string; version: string };
}

interface AuditReport {
	vulnerabilities?: Record<string, Vulnerability>;
	metadata?: { vulnerabilities?: Record<string, number> };
	message?: string;
	statusCode?: number;
	error?: { code?: string; summary?: string };
}

export interface Verdict {
	outcome: 'clean' | 'advisories' | 'unreachable' | 'error';
	exitCode: 0 | 1;
	lines: string[];
}

function parse(stdout: string): AuditReport | null {
	try {
		return JSON.parse(stdout) as AuditReport;
	} catch {
		return null;
	}
}

function describe(v: Vulnerability): string {
	const advisories = v.via
		.filter((a): a is Advisory => typeof a === 'object')
		.map((a) => `${a.title ?? 'advisory'} (${a.url ?? 'no link'})`);
	const cause = advisories.length ? advisories.join('; ') : `through ${v.via.join(', ')}`;
	const fix =
		v.fixAvailable === false
			? 'no fix yet'
			: typeof v.fixAvailable === 'object'
				? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}`
				: 'fix: npm audit fix';
	return `  ${v.severity.toUpperCase()} ${v.name}: ${cause} — ${fix}`;
}

/** Reads `npm audit --json` output (and its stderr) into a verdict; no I/O, so it is testable. */
export function judgeAudit(stdout: string, stderr: string): Verdict {
	const report = parse(stdout);
	const counts = report?.metadata?.vulnerabilities;
	if (report && counts) {
		const blocking = Object.values(report.vulnerabilities ?? {}).filter((v) =>
			(BLOCKING as readonly string[]).includes(v.severity)
		);
		const others = (counts.low ?? 0) + (counts.moderate ?? 0) + (counts.info ?? 0);
		if (!blocking.length)
			return {
				outcome: 'clean',
				exitCode: 0,
				lines: [
					`audit:deps: no high or critical advisories in the production dependencies (${others} lower).`
				]
			};
		return {
			outcome: 'advisories',
			exitCode: 1,
			lines: [
				`audit:deps: FAILED — ${blocking.length} production package(s) with high or critical advisories:`,
				...blocking.map(describe),
				'Update them (npm update / npm audit fix), or replace the package, then run npm run audit:deps again.'
			]
		};
	}
	const why =
		report?.message ?? stderr.split('\n').find((l) => /audit|ENOTFOUND|EAI_AGAIN|ECONN/.test(l)) ?? '';
	const endpointFailed =
		stderr.includes('audit endpoint returned an error') ||
		why.includes('/-/npm/v1/security/') ||
		report?.statusCode !== undefined;
	if (endpointFailed)
		return {
			outcome: 'unreachable',
			exitCode: 0,
			lines: [
				'audit:deps: WARNING — the registry audit endpoint could not be reached, so NOTHING WAS CHECKED.',
				`  ${why.trim() || 'no answer'}`,
				'  Run `npm run audit:deps` on a machine that reaches registry.npmjs.org before a release.'
			]
		};
	return {
		outcome: 'error',
		exitCode: 1,
		lines: [`audit:deps: npm audit failed: ${report?.error?.summary || why || stderr.trim() || 'no output'}`]
	};
}

function main(): never {
	const run = spawnSync('npm', AUDIT_ARGS, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const verdict = judgeAudit(run.stdout ?? '', run.stderr ?? '');
	const print = verdict.exitCode
		? console.error
		: verdict.outcome === 'unreachable'
			? console.warn
			: console.log;
	for (const line of verdict.lines) print(line);
	process.exit(verdict.exitCode);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
