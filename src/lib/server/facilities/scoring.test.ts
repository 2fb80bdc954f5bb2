import { describe, expect, it } from 'vitest';
import type { AuditAnswer, ChecklistContent, ChecklistItem } from '../db/schema';
import { percent, scoreAudit } from './scoring';
import { PRA } from './shipped/pra';
import { RBRA } from './shipped/rbra';

const t = { id: 'x', en: 'x' };
const item = (code: string, weight = 1, key = false): ChecklistItem => ({
	code,
	text: t,
	question: t,
	hint: t,
	key,
	weight
});
const content = (...sections: ChecklistItem[][]): ChecklistContent => ({
	sections: sections.map((items, i) => ({ code: `S${i + 1}`, title: t, items }))
});
const answers = (a: Record<string, AuditAnswer>) => new Map(Object.entries(a));

describe('scoreAudit', () => {
	it.each([
		['all yes', { a: 'ya', b: 'ya' }, 1],
		['all no', { a: 'tidak', b: 'tidak' }, 0],
		['yes and partly', { a: 'ya', b: 'sebagian' }, 0.75],
		['partly and no', { a: 'sebagian', b: 'tidak' }, 0.25],
		['not applicable is left out', { a: 'ya', b: 'tb' }, 1],
		['not applicable with a no', { a: 'tidak', b: 'tb' }, 0],
		['everything not applicable', { a: 'tb', b: 'tb' }, null],
		['nothing answered', {}, null],
		['an unanswered item is left out', { a: 'sebagian' }, 0.5]
	] as const)('scores a section of two equal items: %s', (_, given, expected) => {
		const result = scoreAudit(content([item('a'), item('b')]), answers(given));
		expect(result.sections[0]?.score).toBe(expected);
		expect(result.overall).toBe(expected);
	});

	it.each([
		// weight 3 yes + weight 1 no = 3/4
		[{ a: 'ya', b: 'tidak' }, 0.75],
		[{ a: 'tidak', b: 'ya' }, 0.25],
		[{ a: 'sebagian', b: 'ya' }, 0.625],
		[{ a: 'tb', b: 'tidak' }, 0]
	] as const)('weights items: %o → %d', (given, expected) => {
		expect(scoreAudit(content([item('a', 3), item('b', 1)]), answers(given)).overall).toBe(expected);
	});

	it('scores the whole audit over items, not as an average of sections', () => {
		// Section 1: one yes (1/1); section 2: three no (0/3). Items: 1/4, sections' mean would be 0.5.
		const c = content([item('a')], [item('b'), item('c'), item('d')]);
		const r = scoreAudit(c, answers({ a: 'ya', b: 'tidak', c: 'tidak', d: 'tidak' }));
		expect(r.sections).toEqual([
			{ code: 'S1', score: 1 },
			{ code: 'S2', score: 0 }
		]);
		expect(r.overall).toBe(0.25);
	});

	it('gives an empty or all-not-applicable section no score while the others still count', () => {
		const c = content([], [item('a'), item('b')], [item('c')]);
		const r = scoreAudit(c, answers({ a: 'tb', b: 'tb', c: 'sebagian' }));
		expect(r.sections.map((s) => s.score)).toEqual([null, null, 0.5]);
		expect(r.overall).toBe(0.5);
	});

	it('makes every "Tidak" a finding, flags key items, and never makes one of "Sebagian"', () => {
		const c = content([item('a', 2, true), item('b')], [item('c', 2, true), item('d')]);
		const r = scoreAudit(c, answers({ a: 'tidak', b: 'tidak', c: 'sebagian', d: 'tb' }));
		expect(r.findings).toEqual([
			{ itemCode: 'a', sectionCode: 'S1', isKey: true },
			{ itemCode: 'b', sectionCode: 'S1', isKey: false }
		]);
	});

	it('lists unanswered items and ignores answers to items the checklist does not have', () => {
		const r = scoreAudit(content([item('a'), item('b')]), answers({ a: 'ya', zz: 'tidak' }));
		expect(r.unanswered).toEqual(['b']);
		expect(r.findings).toEqual([]);
		expect(r.overall).toBe(1);
	});

	it('keeps scores free of floating-point noise', () => {
		const c = content([item('a'), item('b'), item('c')]);
		expect(scoreAudit(c, answers({ a: 'ya', b: 'tidak', c: 'tidak' })).overall).toBe(0.3333);
	});

	it('scores the shipped checklists: all yes is 1, all no is 0 with every item a finding', () => {
		for (const tpl of [RBRA, PRA]) {
			const codes = tpl.sections.flatMap((s) => s.items.map((i) => i.code));
			const all = (a: AuditAnswer) => new Map(codes.map((c) => [c, a]));
			expect(scoreAudit(tpl, all('ya')).overall).toBe(1);
			const no = scoreAudit(tpl, all('tidak'));
			expect(no.overall).toBe(0);
			expect(no.findings).toHaveLength(codes.length);
			expect(no.findings.filter((f) => f.isKey).length).toBeGreaterThan(0);
		}
	});
});

describe('percent', () => {
	it.each([
		[null, null],
		[undefined, null],
		[0, 0],
		[0.3333, 33],
		[0.625, 63],
		[1, 100]
	])('%s → %s', (score, expected) => {
		expect(percent(score)).toBe(expected);
	});
});
