// The facility form (add and edit). The kecamatan is not asked: it follows from the desa.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const facilitySchema = z.object({
	type: z.enum(['rbra', 'puskesmas'], { error: () => m.fac_v_type() }).default('rbra'),
	name: z
		.string()
		.trim()
		.min(3, { error: () => m.fac_v_name() })
		.max(120, { error: () => m.fac_v_name() }),
	desaCode: z
		.string()
		.trim()
		.min(1, { error: () => m.fac_v_desa() })
		.max(20),
	address: z
		.string()
		.trim()
		.max(200, { error: () => m.fac_v_address() })
		.default(''),
	/** 0: no agency chosen yet. */
	opdId: z.number().int().min(0).default(0)
});

export type FacilityForm = z.infer<typeof facilitySchema>;

/** The form as domain input. */
export function toInput(d: FacilityForm) {
	return {
		type: d.type,
		name: d.name,
		desaCode: d.desaCode,
		address: d.address || null,
		opdId: d.opdId || null
	};
}
