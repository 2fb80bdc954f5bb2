// Forms of the screening admin page: add or remove an extra word, try a text.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const SCREENING_LIST_CHOICES = ['insult', 'harm'] as const;
/** The same bounds as the domain rule (screening/words.ts), which checks the normalised word again. */
export const SCREEN_WORD_MIN = 2;
export const SCREEN_WORD_MAX = 40;
export const SCREEN_TEXT_MAX = 5000;

export const addWordSchema = z.object({
	list: z.enum(SCREENING_LIST_CHOICES).default('insult'),
	word: z
		.string()
		.trim()
		.min(SCREEN_WORD_MIN, { error: () => m.screen_e_word_length() })
		.max(SCREEN_WORD_MAX, { error: () => m.screen_e_word_length() })
});

export const removeWordSchema = z.object({ id: z.number().int().positive() });

export const tryTextSchema = z.object({
	text: z
		.string()
		.trim()
		.min(1, { error: () => m.screen_v_text() })
		.max(SCREEN_TEXT_MAX, { error: () => m.screen_v_text() })
});
