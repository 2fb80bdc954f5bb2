// A rupiah amount field: the typed text is kept as it was (so a refused form shows it back), and it
// must read as whole rupiah within the bounds ($lib/amount.ts). Routes turn it into a number.
import { z } from 'zod';
import { parseAmount } from '$lib/amount';

export function amountField(error: () => string, bounds: { min: number; max: number; optional?: boolean }) {
	return z
		.string()
		.trim()
		.max(40, { error })
		.refine(
			(typed) => {
				if (typed === '') return bounds.optional === true;
				const n = parseAmount(typed);
				return n !== null && n >= bounds.min && n <= bounds.max;
			},
			{ error }
		);
}
