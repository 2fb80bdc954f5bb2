// The numbers behind golden-ticket selection and proposals, shared by the forms (client and server) and
// the tickets domain.
export const TICKET_LIMITS = {
	/** A change to the shortlist is shown publicly: a sentence, not a word. */
	reasonMin: 10,
	reasonMax: 500,
	titleMin: 8,
	titleMax: 120,
	problemMin: 30,
	problemMax: 2000,
	activityMax: 200,
	locationNoteMax: 200,
	beneficiariesMax: 1_000_000,
	agesMax: 60,
	unitMax: 30,
	volumeMax: 1_000_000,
	/** Whole rupiah: ten trillion is far above any kabupaten budget line. */
	costMax: 10_000_000_000_000,
	priorityMax: 999
} as const;
