export * from './children';
export { CODE_ALPHABET, CODE_LENGTH, expiryFromDate, normaliseCode, wibDate } from './code-format';
export * from './codes';
export { LIMITS } from './limits';
export * from './redeem';
