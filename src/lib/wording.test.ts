// Text defects a reader sees (issue 15, point 19): words glued together by a template, a word said twice,
// a column named for what it does not hold, and one English word used for two different areas.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';
import { afterAll, describe, expect, it } from 'vitest';
import { agesLabel } from '$lib/components/proposals/labels';
import { m } from '$lib/paraglide/messages';
import { overwriteGetLocale } from '$lib/paraglide/runtime';

afterAll(() => overwriteGetLocale(() => 'id'));

function files(dir: string, ending: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : files(p, ending);
		return p.endsWith(ending) ? [p] : [];
	});
}

type Node = { type: string; start: number; data?: string; [key: string]: unknown };

/** Svelte drops the whitespace at the start of a block, so `{a}{#if b} ({b}){/if}` renders "a(b)". */
function gluedBlocks(source: string): number[] {
	const found: number[] = [];
	const visit = (nodes: Node[]) => {
		nodes.forEach((node, i) => {
			const before = nodes[i - 1];
			// Only where the block follows words on the same line: after an expression or text with no space.
			const glued =
				before &&
				(before.type === 'ExpressionTag' || (before.type === 'Text' && /\S$/.test(before.data ?? '')));
			if (node.type === 'IfBlock' && glued) {
				for (const branch of [node.consequent, node.alternate] as ({ nodes: Node[] } | null)[]) {
					const first = branch?.nodes[0];
					// A block that starts with ", " or ")" means to sit right after the word before it.
					if (first?.type === 'Text' && /^[ \t\r\n]+[^\s,.;:)]/.test(first.data ?? ''))
						found.push(first.start);
				}
			}
			for (const value of Object.values(node)) {
				if (value && typeof value === 'object' && Array.isArray((value as { nodes?: unknown }).nodes))
					visit((value as { nodes: Node[] }).nodes);
			}
		});
	};
	visit((parse(source, { modern: true }).fragment as unknown as { nodes: Node[] }).nodes);
	return found;
}

describe('templates', () => {
	it('no inline {#if} block glues its words to the word before it ("Seluas(Sungai…", "Dinas.— target")', () => {
		const offenders = files('src', '.svelte').flatMap((file) => {
			const source = fs.readFileSync(file, 'utf8');
			return gluedBlocks(source).map((at) => `${file}:${source.slice(0, at).split('\n').length}`);
		});
		expect(offenders).toEqual([]);
	});

	it('the check finds the glued form and accepts the fixed one', () => {
		expect(gluedBlocks('{place}{#if note}\n\t({note}){/if}')).toHaveLength(1);
		expect(gluedBlocks('{plan}{#if day}\n\t— target {day}{/if}')).toHaveLength(1);
		expect(gluedBlocks('{place}{note ? ` (${note})` : ""}')).toEqual([]);
		expect(gluedBlocks('{place}{#if kec}, {kec}{/if}')).toEqual([]);
		expect(gluedBlocks('{label}{#if desa}&nbsp;· {desa}{/if}')).toEqual([]);
		expect(gluedBlocks('<p>{#if a}\n\t<b>x</b>{/if}</p>')).toEqual([]);
	});
});

describe('messages', () => {
	it('the ages of those who benefit say "tahun" once, whether or not the value holds it', () => {
		overwriteGetLocale(() => 'id');
		// The field's hint asks for "6–12 tahun"; older proposals hold "6–12".
		expect(agesLabel('6–17 tahun')).toBe('usia 6–17 tahun');
		expect(agesLabel('6–17')).toBe('usia 6–17 tahun');
		overwriteGetLocale(() => 'en');
		expect(agesLabel('6–17 years')).toBe('aged 6–17 years');
		expect(agesLabel('6–17')).toBe('aged 6–17');
	});

	it('the shortlist column holding the date the minimum was reached is named for a date', () => {
		overwriteGetLocale(() => 'id');
		expect(m.ticket_col_reached()).not.toMatch(/jumlah/i);
		expect(m.ticket_col_reached()).toMatch(/tanggal|pada/i);
		overwriteGetLocale(() => 'en');
		expect(m.ticket_col_reached()).not.toMatch(/count/i);
		expect(m.ticket_col_reached()).toMatch(/\bon\b|date/i);
	});

	it('English never says "district": kecamatan and kabupaten keep their names', () => {
		const settings = JSON.parse(fs.readFileSync('project.inlang/settings.json', 'utf8'));
		const patterns: string[] = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
		const uses = patterns.flatMap((p) => {
			const file = p.replace('{locale}', 'en');
			const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
			return Object.entries(messages)
				.filter(([key, text]) => key !== '$schema' && /\bdistricts?\b/i.test(text))
				.map(([key]) => `${file}: ${key}`);
		});
		expect(uses).toEqual([]);
	});

	it('the example title follows the rule above it: no school is named', () => {
		for (const locale of ['id', 'en'] as const) {
			const hint = m.idea_field_title_hint({}, { locale });
			expect(hint, locale).not.toMatch(/\b(SD|SMP|SMA|SDN|MI|MTs)\b|Sungai Duri/);
		}
	});
});
