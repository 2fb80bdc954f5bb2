// Forms for invite codes and verification, with the same numbers as the server's rules
// ($lib/verification-limits.ts).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { VERIFICATION_LIMITS as L } from '$lib/verification-limits';

const reason = z
	.string()
	.trim()
	.min(L.reasonMin, { error: () => m.v_reason_required() })
	.max(L.reasonMax, { error: () => m.v_reason_long() });

const whole = (max: number, message: () => string) =>
	z
		.number({ error: message })
		.int({ error: message })
		.min(1, { error: message })
		.max(max, { error: message });

export const createCodesSchema = z.object({
	label: z
		.string()
		.trim()
		.min(L.labelMin, { error: () => m.verif_v_label() })
		.max(L.labelMax, { error: () => m.verif_v_label() }),
	/** Empty: the code is for any desa. */
	desaCode: z.string().max(20).default(''),
	maxUses: whole(L.maxUses, () => m.verif_v_max_uses()).default(30),
	/** A date input (YYYY-MM-DD); the server checks the range against today. */
	expiresAt: z.iso.date({ error: () => m.verif_v_expiry() }),
	count: whole(L.batch, () => m.verif_v_count()).default(1)
});

export const revokeCodeSchema = z.object({ reason });

export const verifyByHandSchema = z.object({ childId: z.string().min(1).max(64), reason });

export const redeemSchema = z.object({
	code: z
		.string()
		.trim()
		.min(1, { error: () => m.verif_v_code() })
		.max(30, { error: () => m.verif_code_invalid() })
});
