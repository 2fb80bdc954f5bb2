// The screening word verbs' refusals as messages in the reader's language.
import { m } from '$lib/paraglide/messages';
import { DomainError } from '$lib/server/errors';

const MESSAGES: Record<string, () => string> = {
	screen_word_length: m.screen_e_word_length,
	screen_word_shape: m.screen_e_word_shape,
	screen_word_taken: m.screen_e_word_taken,
	screen_word_shipped: m.screen_e_word_shipped,
	screen_word: m.screen_e_word_gone
};

/** The message for a refusal of ours, or undefined when `e` is something else. */
export function wordRefusal(e: unknown): string | undefined {
	return e instanceof DomainError ? MESSAGES[e.code]?.() : undefined;
}
