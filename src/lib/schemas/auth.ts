// Forms for signing up, in and back in. Messages are functions so they resolve in the reader's language.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import {
	CHILD_MIN_PASSWORD,
	NICKNAME_MAX,
	NICKNAME_MIN,
	PASSWORD_MAX,
	STAFF_MIN_PASSWORD
} from '$lib/limits';

const password = (min: number) =>
	z
		.string()
		.min(min, {
			error: () => (min >= STAFF_MIN_PASSWORD ? m.v_staff_password_short() : m.v_password_short())
		})
		.max(PASSWORD_MAX, { error: () => m.v_password_long() });

export const registerSchema = z.object({
	nickname: z
		.string()
		.trim()
		.min(NICKNAME_MIN, { error: () => m.v_nickname_short() })
		.max(NICKNAME_MAX, { error: () => m.v_nickname_long() }),
	password: password(CHILD_MIN_PASSWORD),
	birthMonth: z
		.number({ error: () => m.v_birth_month() })
		.int({ error: () => m.v_birth_month() })
		.min(1, { error: () => m.v_birth_month() })
		.max(12, { error: () => m.v_birth_month() }),
	birthYear: z
		.number({ error: () => m.v_birth_year() })
		.int({ error: () => m.v_birth_year() })
		// Loose bounds: the server checks the age (6–17) against today's date.
		.min(1900, { error: () => m.v_birth_year() })
		.max(2200, { error: () => m.v_birth_year() }),
	desaCode: z
		.string()
		.min(1, { error: () => m.v_desa_required() })
		.max(20),
	gender: z.enum(['', 'laki', 'perempuan']).default(''),
	guardianConsent: z.boolean().refine((v) => v, { error: () => m.e_consent_required() }),
	/** Optional: an invite code from a facilitator verifies the child at once. */
	inviteCode: z.string().trim().max(20).default('')
});

export const loginSchema = z.object({
	login: z
		.string()
		.trim()
		.min(1, { error: () => m.v_login_required() })
		.max(254, { error: () => m.v_login_required() }),
	password: z
		.string()
		.min(1, { error: () => m.v_password_required() })
		.max(PASSWORD_MAX, { error: () => m.v_password_long() })
});

export const resetSchema = z.object({
	login: z
		.string()
		.trim()
		.min(1, { error: () => m.v_login_required() })
		.max(254),
	code: z
		.string()
		.trim()
		.min(10, { error: () => m.v_code_format() })
		.max(20, { error: () => m.v_code_format() }),
	password: password(CHILD_MIN_PASSWORD)
});

export { password as passwordSchema };
