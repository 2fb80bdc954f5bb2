import { describe, expect, it } from 'vitest';
import type { ChecklistContent } from '../db/schema';
import { PRA } from './shipped/pra';
import { contentFromForm } from './template-form';
import { contentIssues } from './rules';

/** The form as the editor page renders it for a checklist, plus the blank "new item" row per section. */
function formFor(content: ChecklistContent): FormData {
	const f = new FormData();
	content.sections.forEach((s, si) => {
		f.set(`s${si}.title.id`, s.title.id);
		f.set(`s${si}.title.en`, s.title.en);
		const rows = [...s.items, null];
		rows.forEach((i, ii) => {
			const at = `s${si}.i${ii}`;
			f.set(`${at}.code`, i?.code ?? '');
			for (const t of ['text', 'question', 'hint'] as const) {
				f.set(`${at}.${t}.id`, i?.[t].id ?? '');
				f.set(`${at}.${t}.en`, i?.[t].en ?? '');
			}
			f.set(`${at}.weight`, String(i?.weight ?? 1));
			if (i?.key) f.set(`${at}.key`, 'on');
		});
	});
	return f;
}

describe('contentFromForm', () => {
	it('reads back the checklist unchanged, ignoring the blank new rows', () => {
		expect(contentFromForm(formFor(PRA), PRA)).toEqual(PRA);
	});

	it('applies edits, removals and a new item', () => {
		const f = formFor(PRA);
		f.set('s0.i0.question.en', 'Who looks after children here?');
		f.delete('s0.i0.key');
		f.set('s0.i1.weight', '3');
		f.set('s0.i2.remove', 'on');
		const last = `s4.i${PRA.sections[4]!.items.length}`;
		f.set(`${last}.code`, 'P5.3');
		for (const t of ['text', 'question', 'hint']) {
			f.set(`${last}.${t}.id`, `Baru ${t}`);
			f.set(`${last}.${t}.en`, `New ${t}`);
		}
		f.set(`${last}.key`, 'on');
		const c = contentFromForm(f, PRA);
		expect(c.sections[0]?.items[0]).toMatchObject({
			key: false,
			question: { en: 'Who looks after children here?' }
		});
		expect(c.sections[0]?.items[1]?.weight).toBe(3);
		expect(c.sections[0]?.items.map((i) => i.code)).not.toContain('P1.3');
		expect(c.sections[4]?.items.at(-1)).toMatchObject({ code: 'P5.3', key: true, text: { id: 'Baru text' } });
		expect(contentIssues(c)).toEqual([]);
	});

	it('keeps what was typed in a bad new row so the page can show it with its problems', () => {
		const f = formFor(PRA);
		f.set('s1.i8.code', 'P1.1');
		f.set('s1.i8.text.id', 'Sesuatu');
		f.set('s1.i8.weight', 'dua');
		const c = contentFromForm(f, PRA);
		expect(c.sections[1]?.items[8]).toMatchObject({ code: 'P1.1', text: { id: 'Sesuatu', en: '' } });
		expect(contentIssues(c).map((i) => i.path)).toEqual([
			's1.i8.code',
			's1.i8.text.en',
			's1.i8.question.id',
			's1.i8.question.en',
			's1.i8.hint.id',
			's1.i8.hint.en',
			's1.i8.weight'
		]);
	});
});
