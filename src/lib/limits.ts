// Limits shared by the forms (client and server) and the domain rules.
export const NICKNAME_MIN = 3;
export const NICKNAME_MAX = 30;
export const CHILD_MIN_PASSWORD = 8;
export const STAFF_MIN_PASSWORD = 12;
export const PASSWORD_MAX = 128;
export const REASON_MAX = 500;
export const REGIONS_CSV_MAX_BYTES = 1024 * 1024;
