import { describe, expect, it } from 'vitest';
import type { ChecklistContent } from '../db/schema';
import { Invalid } from '../errors';
import { PRA } from './shipped/pra';
import { RBRA } from './shipped/rbra';
import { checkContent, contentIssues, InvalidContent } from './rules';

const clone = (c: ChecklistContent): ChecklistContent => structuredClone(c);

describe('the shipped checklists', () => {
	it.each([
		['RBRA', RBRA, 11, 37, ['R1.1', 'R1.2', 'R4.2', 'R4.3', 'R7.3', 'R7.4', 'R9.5']],
		['PRA', PRA, 5, 26, ['P1.1', 'P2.1', 'P2.8', 'P3.6', 'P5.2']]
	] as const)('%s has every section, item and key item of the standard', (_, tpl, sections, items, keys) => {
		expect(tpl.sections).toHaveLength(sections);
		const all = tpl.sections.flatMap((s) => s.items);
		expect(all).toHaveLength(items);
		expect(all.filter((i) => i.key).map((i) => i.code)).toEqual(keys);
		expect(contentIssues(tpl)).toEqual([]);
	});

	it('has a question and hint in both languages for every item, ending like sentences', () => {
		for (const i of [...RBRA.sections, ...PRA.sections].flatMap((s) => s.items)) {
			expect(i.question.id).toMatch(/\?$/);
			expect(i.question.en).toMatch(/\?$/);
			expect(i.hint.id).toMatch(/[.!?]$/);
			expect(i.hint.en).toMatch(/[.!?]$/);
			expect(i.weight).toBe(i.key ? 2 : 1);
		}
	});
});

describe('contentIssues', () => {
	it.each<[string, (c: ChecklistContent) => void, { path: string; code: string }]>([
		[
			'a missing English question',
			(c) => (c.sections[0]!.items[1]!.question.en = '  '),
			{ path: 's0.i1.question.en', code: 'fac_tpl_text_missing' }
		],
		[
			'a long text',
			(c) => (c.sections[1]!.items[0]!.text.id = 'x'.repeat(201)),
			{ path: 's1.i0.text.id', code: 'fac_tpl_text_long' }
		],
		[
			'a weight of 0',
			(c) => (c.sections[0]!.items[0]!.weight = 0),
			{ path: 's0.i0.weight', code: 'fac_tpl_weight' }
		],
		[
			'a weight of 1.5',
			(c) => (c.sections[0]!.items[0]!.weight = 1.5),
			{ path: 's0.i0.weight', code: 'fac_tpl_weight' }
		],
		[
			'a weight that is no number',
			(c) => (c.sections[0]!.items[0]!.weight = Number.NaN),
			{ path: 's0.i0.weight', code: 'fac_tpl_weight' }
		],
		[
			'a repeated code',
			(c) => (c.sections[2]!.items[0]!.code = 'R1.1'),
			{ path: 's2.i0.code', code: 'fac_tpl_code_taken' }
		],
		[
			'a code with a space',
			(c) => (c.sections[0]!.items[2]!.code = 'R 1'),
			{ path: 's0.i2.code', code: 'fac_tpl_code' }
		],
		['an empty section', (c) => (c.sections[3]!.items = []), { path: 's3', code: 'fac_tpl_empty_section' }],
		[
			'a missing section title',
			(c) => (c.sections[4]!.title.id = ''),
			{ path: 's4.title.id', code: 'fac_tpl_text_missing' }
		]
	])('finds %s', (_, change, issue) => {
		const c = clone(RBRA);
		change(c);
		expect(contentIssues(c)).toEqual([issue]);
		expect(() => checkContent(c)).toThrow(InvalidContent);
	});

	it('lists every problem at once, and the error is an Invalid naming the first', () => {
		const c = clone(PRA);
		c.sections[0]!.items[0]!.hint.id = '';
		c.sections[1]!.items[0]!.weight = 9;
		try {
			checkContent(c);
		} catch (e) {
			expect(e).toBeInstanceOf(Invalid);
			expect((e as InvalidContent).issues.map((i) => i.path)).toEqual(['s0.i0.hint.id', 's1.i0.weight']);
			expect((e as InvalidContent).code).toBe('fac_tpl_text_missing');
		}
	});

	it('refuses a checklist with no sections', () => {
		expect(contentIssues({ sections: [] })).toEqual([{ path: 'sections', code: 'fac_tpl_empty' }]);
	});

	it('trims texts when accepting', () => {
		const c = clone(PRA);
		c.sections[0]!.items[0]!.text.en = '  Spaced  ';
		expect(checkContent(c).sections[0]!.items[0]!.text.en).toBe('Spaced');
	});
});
