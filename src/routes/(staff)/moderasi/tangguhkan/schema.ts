// Suspending a child for a number of days, and ending it early; both need a reason.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { REASON_MAX } from '$lib/limits';

const reason = z
	.string()
	.trim()
	.min(3, { error: () => m.v_reason_required() })
	.max(REASON_MAX, { error: () => m.v_reason_long() });

export const suspendSchema = z.object({
	childId: z.string().min(1).max(100),
	days: z
		.number({ error: () => m.modr_err_suspend_until() })
		.int({ error: () => m.modr_err_suspend_until() })
		.min(1, { error: () => m.modr_err_suspend_until() })
		.max(365, { error: () => m.modr_err_suspend_until() })
		.default(7),
	reason
});

export const liftSchema = z.object({ childId: z.string().min(1).max(100), reason });
