// Admin forms: staff accounts, roles, deactivation, reset codes, region import.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { PASSWORD_MAX, REASON_MAX, REGIONS_CSV_MAX_BYTES, STAFF_MIN_PASSWORD } from '$lib/limits';
import { ROLES } from '$lib/roles';

export const STAFF_ROLE_CHOICES = ['fasilitator', 'bappeda', 'opd', 'admin'] as const;

const reason = z
	.string()
	.trim()
	.min(3, { error: () => m.v_reason_required() })
	.max(REASON_MAX, { error: () => m.v_reason_long() });

export const staffSchema = z.object({
	username: z
		.string()
		.trim()
		.regex(/^[a-zA-Z0-9._-]{3,30}$/, { error: () => m.e_username_format() }),
	email: z.union([z.literal(''), z.email({ error: () => m.v_email() }).max(254)]).default(''),
	displayName: z
		.string()
		.trim()
		.min(2, { error: () => m.v_display_name() })
		.max(80, { error: () => m.v_display_name() }),
	password: z
		.string()
		.min(STAFF_MIN_PASSWORD, { error: () => m.v_staff_password_short() })
		.max(PASSWORD_MAX, { error: () => m.v_password_long() }),
	roles: z.array(z.enum(STAFF_ROLE_CHOICES)).min(1, { error: () => m.v_roles_required() }),
	opdId: z.number().int().min(0).default(0)
});

export const grantSchema = z.object({
	role: z.enum(ROLES, { error: () => m.v_role_required() }),
	opdId: z.number().int().min(0).default(0),
	reason
});

export const revokeSchema = z.object({ role: z.enum(ROLES), reason });

export const reasonSchema = z.object({ reason });

export const regionsUploadSchema = z.object({
	file: z
		.instanceof(File, { error: () => m.v_file_required() })
		.refine((f) => f.size > 0, { error: () => m.v_file_required() })
		.refine((f) => f.size <= REGIONS_CSV_MAX_BYTES, { error: () => m.v_file_too_big({ max: '1 MB' }) })
		.refine((f) => /\.csv$/i.test(f.name) || f.type === 'text/csv', { error: () => m.v_file_csv() })
});

/** The confirmed import carries the previewed CSV text back, so the plain POST flow needs no server state. */
export const regionsApplySchema = z.object({
	csv: z.string().min(1).max(REGIONS_CSV_MAX_BYTES),
	fileName: z.string().max(200).default('regions.csv')
});
