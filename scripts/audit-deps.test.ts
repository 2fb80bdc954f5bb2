// npm run audit:deps fails on high and critical advisories and only warns when nobody answered.
// The last tests run the real script against a registry stand-in on localhost: no network needed.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeAudit } from './audit-deps';

const ENDPOINT_STDERR = 'npm warn audit 405 Method Not Allowed\nnpm error audit endpoint returned an error\n';

function report(vulnerabilities: Record<string, object>, counts: Record<string, number>) {
	return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });
}

const zodHigh = {
	zod: {
		name: 'zod',
		severity: 'high',
		via: [{ title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-x', severity: 'high' }],
		fixAvailable: false
	},
	'sveltekit-superforms': { name: 'sveltekit-superforms', severity: 'high', via: ['zod'], fixAvailable: true }
};

describe('judging npm audit output', () => {
	it('passes a report without high or critical advisories, counting the lower ones', () => {
		const v = judgeAudit(report({}, { low: 1, moderate: 2, high: 0, critical: 0 }), '');
		expect(v).toMatchObject({ outcome: 'clean', exitCode: 0 });
		expect(v.lines[0]).toContain('3 lower');
	});

	it('fails on high and critical advisories and names each package, advisory and fix', () => {
		const v = judgeAudit(report(zodHigh, { high: 2, critical: 0 }), '');
		expect(v).toMatchObject({ outcome: 'advisories', exitCode: 1 });
		expect(v.lines.join('\n')).toContain(
			'HIGH zod: Prototype pollution (https://github.com/advisories/GHSA-x) — no fix yet'
		);
		expect(v.lines.join('\n')).toContain('HIGH sveltekit-superforms: through zod — fix: npm audit fix');
	});

	it('does not fail on moderate advisories alone', () => {
		const moderate = { ...zodHigh.zod, severity: 'moderate' };
		expect(judgeAudit(report({ zod: moderate }, { moderate: 1 }), '').exitCode).toBe(0);
	});

	it('warns and passes when the audit endpoint refuses or cannot be reached', () => {
		const refused = JSON.stringify({
			message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
			error: { summary: '', detail: '' }
		});
		const offline = JSON.stringify({
			message:
				'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED',
			error: { summary: '', detail: '' }
		});
		const cases: [string, string][] = [
			[refused, ENDPOINT_STDERR],
			[offline, ''],
			['', ENDPOINT_STDERR]
		];
		for (const [out, err] of cases) {
			const v = judgeAudit(out, err);
			expect(v).toMatchObject({ outcome: 'unreachable', exitCode: 0 });
			expect(v.lines[0]).toContain('NOTHING WAS CHECKED');
		}
	});

	it('fails when npm audit itself cannot run (no lockfile)', () => {
		const noLock = JSON.stringify({
			error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' }
		});
		expect(judgeAudit(noLock, '')).toMatchObject({ outcome: 'error', exitCode: 1 });
	});
});

describe('npm run audit:deps against a registry stand-in', () => {
	let answer: 'critical' | 'refuse' = 'refuse';
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			if (!req.url?.includes('/security/advisories/bulk')) return res.writeHead(404).end();
			if (answer === 'refuse') return res.writeHead(405, { allow: 'GET,HEAD' }).end();
			const zod = [
				{
					id: 1,
					title: 'Made-up advisory for this test',
					url: 'https://example.org/advisory',
					severity: 'critical',
					vulnerable_versions: '<1000.0.0',
					cwe: [],
					cvss: { score: 9.8 }
				}
			];
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ zod }));
		});
	});
	let registry = '';
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	function runScript(): Promise<{ code: number | null; output: string }> {
		const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit-deps.ts'], {
			env: { ...process.env, npm_config_registry: registry, npm_config_fetch_retries: '0' }
		});
		let output = '';
		proc.stdout.on('data', (c: Buffer) => (output += c.toString()));
		proc.stderr.on('data', (c: Buffer) => (output += c.toString()));
		return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, output })));
	}

	it('exits 1 and names the package when an advisory is critical', async () => {
		answer = 'critical';
		const { code, output } = await runScript();
		expect(code).toBe(1);
		expect(output).toContain('CRITICAL zod: Made-up advisory for this test');
	}, 30_000);

	it('exits 0 with a clear warning when the endpoint refuses, as registry mirrors do', async () => {
		answer = 'refuse';
		const { code, output } = await runScript();
		expect(code).toBe(0);
		expect(output).toContain('audit endpoint could not be reached');
	}, 30_000);
});
