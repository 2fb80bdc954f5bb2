// Starting an audit: the facility, the other team members, the facilitator and the day of the visit.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const startSchema = z.object({
	facilityId: z
		.number({ error: () => m.aud_v_facility() })
		.int()
		.min(1, { error: () => m.aud_v_facility() }),
	/** Team mates by the nickname shown next to each box (no account ids go to the browser). */
	members: z.array(z.string().max(64)).default([]),
	/** The facilitator by the choice the form shows for a name (no account ids go to the browser). */
	facilitator: z
		.string()
		.max(120)
		.min(1, { error: () => m.aud_v_facilitator() }),
	auditDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.aud_v_date() })
});
