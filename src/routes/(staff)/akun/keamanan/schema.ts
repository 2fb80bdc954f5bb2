// Turning the second factor on (the app's first code) and off (the password or a code).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { PASSWORD_MAX } from '$lib/limits';

export const enableSchema = z.object({
	code: z
		.string()
		.trim()
		.regex(/^\d{3}\s?\d{3}$/, { error: () => m.sec_v_code() })
});

export const disableSchema = z.object({
	proof: z
		.string()
		.min(1, { error: () => m.sec_v_proof() })
		.max(PASSWORD_MAX, { error: () => m.sec_v_proof() })
});
