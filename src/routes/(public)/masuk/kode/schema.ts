// The authenticator code: 6 digits, spaces allowed (some apps show "123 456").
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const codeSchema = z.object({
	code: z
		.string()
		.trim()
		.regex(/^\d{3}\s?\d{3}$/, { error: () => m.sec_v_code() })
});
