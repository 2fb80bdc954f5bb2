// The confirmation typed before an account is deleted; whether it matches the nickname is checked on the server.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { NICKNAME_MAX } from '$lib/limits';

export const deleteAccountSchema = z.object({
	confirm: z
		.string()
		.trim()
		.min(1, { error: () => m.account_delete_mismatch() })
		.max(NICKNAME_MAX, { error: () => m.account_delete_mismatch() })
});
