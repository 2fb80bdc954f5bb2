// The bench's table on the terminal, its goals, and the JSON written to bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import prettier from 'prettier';
import type { LoadResult } from './load';
import type { Sizes } from './seed';

export interface Goal {
	goal: string;
	measured: string;
	pass: boolean;
}

export interface BenchReport {
	startedAt: string;
	machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[] };
	scale: number;
	sizes: Sizes;
	seedSeconds: number;
	connections: number;
	durationSec: number;
	results: LoadResult[];
	floor: LoadResult | null;
	goals: Goal[];
	notes: string[];
}

export function machine() {
	return {
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
		loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100)
	};
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const num = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–');

export function table(results: LoadResult[], floor: LoadResult | null): string {
	const head = `${pad('scenario', 40)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('% floor', 9)}${pad('alone ms', 10)}other answers`;
	const lines = results.map((r) => {
		const share = floor && floor.rps > 0 ? `${Math.round((100 * r.rps) / floor.rps)}%` : '';
		const other = Object.entries(r.unexpected)
			.map(([status, n]) => `${status}×${n}`)
			.concat(r.errors ? [`errors×${r.errors}`] : [], r.timeouts ? [`timeouts×${r.timeouts}`] : [])
			.join(' ');
		return `${pad(r.name, 40)}${pad(num(r.rps), 9)}${pad(num(r.p50), 9)}${pad(num(r.p95), 9)}${pad(num(r.p99), 9)}${pad(share, 9)}${pad(r.aloneMs === undefined ? '' : num(r.aloneMs), 10)}${other}`;
	});
	return [head, ...lines].join('\n');
}

export function goals(results: LoadResult[], floor: LoadResult | null): Goal[] {
	const list = results.find((r) => r.name === 'aspirasi');
	const out: Goal[] = [];
	if (list) {
		out.push({
			goal: '/aspirasi p95 < 50 ms at 50 connections',
			measured: `${num(list.p95)} ms`,
			pass: list.p95 < 50
		});
		if (floor)
			out.push({
				goal: "/aspirasi ≥ 40% of the floor's throughput",
				measured: `${Math.round((100 * list.rps) / floor.rps)}% (${num(list.rps)} of ${num(floor.rps)} req/s)`,
				pass: list.rps >= 0.4 * floor.rps
			});
	}
	const dasbor = results.find((r) => r.name === 'dasbor');
	if (dasbor?.aloneMs !== undefined)
		out.push({
			goal: '/dasbor median < 200 ms (one request at a time)',
			measured: `${num(dasbor.aloneMs)} ms`,
			pass: dasbor.aloneMs < 200
		});
	for (const vote of results.filter((r) => r.name.startsWith('vote'))) {
		out.push({
			goal: `${vote.name}: ≥ 1,000 votes/s`,
			measured: `${num(vote.rps)} votes/s`,
			pass: vote.rps >= 1000
		});
		out.push({ goal: `${vote.name}: p99 < 100 ms`, measured: `${num(vote.p99)} ms`, pass: vote.p99 < 100 });
	}
	return out;
}

/** Writes bench/results/<timestamp>.json and latest.json (formatted as `npm run lint` wants); returns the first path. */
export async function write(report: BenchReport, dir = path.resolve('bench/results')): Promise<string> {
	fs.mkdirSync(dir, { recursive: true });
	const stamp = report.startedAt.replace(/[:.]/g, '-');
	const file = path.join(dir, `${stamp}.json`);
	const options = (await prettier.resolveConfig(file)) ?? {};
	const json = await prettier.format(JSON.stringify(report), { ...options, parser: 'json' });
	fs.writeFileSync(file, json);
	fs.writeFileSync(path.join(dir, 'latest.json'), json);
	return file;
}
