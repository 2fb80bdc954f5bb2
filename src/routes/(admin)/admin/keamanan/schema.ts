// The admin's security forms: which staff roles must use the second factor, and a reset with a reason.
import { z } from 'zod';
import { reasonSchema } from '$lib/schemas/admin';
import { ROLES } from '$lib/roles';

// Any role parses; the domain refuses child roles with a message (only staff have a second factor).
export const requiredRolesSchema = z.object({
	roles: z.array(z.enum(ROLES)).default([])
});

export const resetSchema = reasonSchema.extend({ userId: z.string().min(1).max(64) });
