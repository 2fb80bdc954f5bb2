// The verification rules' numbers. The forms' schema (src/lib/schemas/verification.ts) repeats them for the
// browser, which cannot import server code; a test keeps the two equal.
import { Invalid } from '../errors';

export const LIMITS = {
	labelMin: 3,
	labelMax: 80,
	/** Uses per code: a whole school fits. */
	maxUses: 500,
	/** A code lives at most a year; one day more so the last day picked in a date field still counts. */
	expiryDays: 366,
	/** Codes made at once: one class or one session. */
	batch: 50,
	/** Codes on one print page. */
	printMax: 100,
	reasonMin: 3,
	reasonMax: 500
} as const;

/** Every verification change carries a reason a person can read later. */
export function checkReason(reason: string): string {
	const r = reason.trim();
	if (r.length < LIMITS.reasonMin || r.length > LIMITS.reasonMax) throw new Invalid('verif_reason', 'reason');
	return r;
}
