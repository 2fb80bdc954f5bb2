// Turns a posted section form into answers and photos. Per item: `a:CODE` the answer, `n:CODE` the
// note, `oa:CODE`/`on:CODE` the answer and note the page showed, `t:CODE` when the phone recorded the
// answer (only with JavaScript), `f:CODE` a photo. Only items the member changed are answers: an
// untouched item re-posted later must not overwrite what a teammate answered meanwhile.
import { Invalid } from '../errors';
import * as uploads from '../uploads';
import type { AnswerInput } from './answers';
import type { NewPhoto } from './photos';
import { cleanNote } from './rules';

export interface PostedItem {
	answer: string;
	note: string;
}

function field(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

/** What was typed per item, to show it again when the save is refused. */
export function postedValues(form: FormData): Record<string, PostedItem> {
	const values: Record<string, PostedItem> = {};
	for (const key of new Set(form.keys())) {
		const m = /^(?:a|n):(.+)$/.exec(key);
		if (m) values[m[1]!] = { answer: field(form, `a:${m[1]}`), note: field(form, `n:${m[1]}`) };
	}
	return values;
}

export function answersFromForm(form: FormData, now: Date): AnswerInput[] {
	const answers: AnswerInput[] = [];
	for (const [code, { answer, note }] of Object.entries(postedValues(form))) {
		const touched =
			answer !== field(form, `oa:${code}`) || cleanNote(note) !== cleanNote(field(form, `on:${code}`));
		if (!touched) continue;
		if (!answer) {
			// A note alone is not an answer; saying so beats dropping what was typed.
			if (cleanNote(note)) throw new Invalid('audit_answer_first', code);
			continue;
		}
		const t = Number(field(form, `t:${code}`));
		answers.push({ itemCode: code, answer, note, answeredAt: Number.isFinite(t) && t > 0 ? t : now });
	}
	return answers;
}

export async function photosFromForm(form: FormData): Promise<NewPhoto[]> {
	const photos: NewPhoto[] = [];
	for (const [key, value] of form.entries()) {
		const m = /^f:(.+)$/.exec(key);
		if (!m || typeof value === 'string' || value.size === 0) continue;
		try {
			photos.push({ itemCode: m[1]!, bytes: await uploads.readPhotoFile(value) });
		} catch (e) {
			if (e instanceof Invalid) throw new Invalid(e.code, m[1]);
			throw e;
		}
	}
	return photos;
}
