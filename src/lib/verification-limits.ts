// The verification rules' numbers, shared by the forms (client and server) and the verification domain.
export const VERIFICATION_LIMITS = {
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
