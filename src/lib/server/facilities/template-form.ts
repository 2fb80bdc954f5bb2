// The checklist editor posts one field per text, named by position (see ContentIssue.path):
// `s0.title.id`, `s0.i2.question.en`, `s0.i2.weight`, `s0.i2.key`, `s0.i2.remove`. Each section ends
// with a blank row for a new item. Sections come from the version being edited; items may be changed,
// removed or added. Pure, so the parsing is tested without a server.
import type { Bilingual, ChecklistContent, ChecklistItem } from '../db/schema';

/** More items than any checklist has: a bound for the loop over posted rows. */
const MAX_ITEMS = 100;

export function contentFromForm(form: FormData, base: ChecklistContent): ChecklistContent {
	const get = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : '';
	};
	const pair = (prefix: string): Bilingual => ({ id: get(`${prefix}.id`), en: get(`${prefix}.en`) });
	return {
		sections: base.sections.map((section, si) => {
			const items: ChecklistItem[] = [];
			for (let ii = 0; ii < MAX_ITEMS; ii++) {
				const at = `s${si}.i${ii}`;
				if (!form.has(`${at}.code`)) break;
				if (form.has(`${at}.remove`)) continue;
				const code = get(`${at}.code`).trim();
				const text = pair(`${at}.text`);
				const question = pair(`${at}.question`);
				const hint = pair(`${at}.hint`);
				const blank = [text, question, hint].every((b) => !b.id.trim() && !b.en.trim());
				// The empty "new item" row at the end of a section.
				if (!code && blank) continue;
				const weight = get(`${at}.weight`).trim();
				items.push({
					code,
					text,
					question,
					hint,
					key: form.has(`${at}.key`),
					weight: weight === '' ? Number.NaN : Number(weight)
				});
			}
			return { code: section.code, title: pair(`s${si}.title`), items };
		})
	};
}
