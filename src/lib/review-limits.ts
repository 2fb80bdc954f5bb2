// Limits of the planning agency's decisions, shared by the forms (client and server) and the domain rule.
export const REVIEW_PROGRAM_MIN = 3;
export const REVIEW_PROGRAM_MAX = 200;
/** Reasons and notes are read by children: long enough to explain, short enough to read. */
export const REVIEW_TEXT_MIN = 10;
export const REVIEW_TEXT_MAX = 1000;
/** Whole rupiah; a single child-related activity never costs ten trillion. */
export const REVIEW_AMOUNT_MAX = 10_000_000_000_000;
/** A plan year may be the cycle's own RKPD year, one earlier (a budget change) or up to this many later. */
export const REVIEW_YEARS_AHEAD = 5;
