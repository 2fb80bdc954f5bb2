/** Domain error code → its message in the reader's language (resolved per request). */
export type ErrorMessages = Record<string, () => string>;
