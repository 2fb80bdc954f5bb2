// What a publishable checklist looks like: pure checks, tested with tables.
import type { Bilingual, ChecklistContent } from '../db/schema';
import { Invalid } from '../errors';

export const CODE = /^[A-Za-z0-9.]{1,12}$/;
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 5;
const LIMITS = { title: 80, text: 200, question: 250, hint: 250 } as const;

export interface ContentIssue {
	/**
	 * Where, by position (codes may be missing or repeated): `s0` a section, `s0.title.id`, `s0.i2.code`,
	 * `s0.i2.question.en`, `s0.i2.weight`. The checklist editor names its fields the same way.
	 */
	path: string;
	code:
		| 'fac_tpl_code'
		| 'fac_tpl_code_taken'
		| 'fac_tpl_text_missing'
		| 'fac_tpl_text_long'
		| 'fac_tpl_weight'
		| 'fac_tpl_empty_section'
		| 'fac_tpl_empty';
}

/** A checklist that cannot be published; every problem is listed so the form shows them all. */
export class InvalidContent extends Invalid {
	constructor(readonly issues: ContentIssue[]) {
		super(issues[0]?.code ?? 'fac_tpl_empty', issues[0]?.path);
	}
}

function checkText(value: Bilingual, max: number, path: string, issues: ContentIssue[]): Bilingual {
	const out = { id: (value?.id ?? '').trim(), en: (value?.en ?? '').trim() };
	for (const lang of ['id', 'en'] as const) {
		if (!out[lang]) issues.push({ path: `${path}.${lang}`, code: 'fac_tpl_text_missing' });
		else if (out[lang].length > max) issues.push({ path: `${path}.${lang}`, code: 'fac_tpl_text_long' });
	}
	return out;
}

/** Problems with a checklist, in reading order; empty when it can be published. */
export function contentIssues(content: ChecklistContent): ContentIssue[] {
	const issues: ContentIssue[] = [];
	if (content.sections.length === 0) issues.push({ path: 'sections', code: 'fac_tpl_empty' });
	const seen = new Set<string>();
	const code = (c: string, path: string) => {
		if (!CODE.test(c)) issues.push({ path, code: 'fac_tpl_code' });
		else if (seen.has(c)) issues.push({ path, code: 'fac_tpl_code_taken' });
		seen.add(c);
	};
	content.sections.forEach((s, si) => {
		code(s.code, `s${si}.code`);
		checkText(s.title, LIMITS.title, `s${si}.title`, issues);
		if (s.items.length === 0) issues.push({ path: `s${si}`, code: 'fac_tpl_empty_section' });
		s.items.forEach((i, ii) => {
			const at = `s${si}.i${ii}`;
			code(i.code, `${at}.code`);
			checkText(i.text, LIMITS.text, `${at}.text`, issues);
			checkText(i.question, LIMITS.question, `${at}.question`, issues);
			checkText(i.hint, LIMITS.hint, `${at}.hint`, issues);
			if (!Number.isInteger(i.weight) || i.weight < WEIGHT_MIN || i.weight > WEIGHT_MAX)
				issues.push({ path: `${at}.weight`, code: 'fac_tpl_weight' });
		});
	});
	return issues;
}

/** The checklist with its texts trimmed, or InvalidContent listing every problem. */
export function checkContent(content: ChecklistContent): ChecklistContent {
	const issues = contentIssues(content);
	if (issues.length > 0) throw new InvalidContent(issues);
	const trim = (b: Bilingual) => ({ id: b.id.trim(), en: b.en.trim() });
	return {
		sections: content.sections.map((s) => ({
			code: s.code,
			title: trim(s.title),
			items: s.items.map((i) => ({
				code: i.code,
				text: trim(i.text),
				question: trim(i.question),
				hint: trim(i.hint),
				key: i.key,
				weight: i.weight
			}))
		}))
	};
}
