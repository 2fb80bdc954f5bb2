// Authenticator-app codes (TOTP, RFC 6238: SHA-1, 30-second steps, 6 digits, what every app reads).
// Pure: the clock is a parameter, so the rules are tested without waiting.
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP, verifyHOTP } from '@oslojs/otp';

export const PERIOD_SECONDS = 30;
export const DIGITS = 6;
export const ISSUER = 'Suara Anak';
/** One step either side: a phone clock a little off still works. */
const DRIFT_STEPS = 1;

/** 160 random bits, the size RFC 4226 recommends for SHA-1. */
export function generateSecret(): Uint8Array {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return bytes;
}

/** The otpauth:// address an authenticator app reads (as a link or a QR code). */
export function keyUri(secret: Uint8Array, accountName: string): string {
	return createTOTPKeyURI(ISSUER, accountName, secret, PERIOD_SECONDS, DIGITS);
}

/** The secret for typing by hand: base32 in groups of four. */
export function secretText(secret: Uint8Array): string {
	return encodeBase32UpperCaseNoPadding(secret).replace(/(.{4})(?=.)/g, '$1 ');
}

export function stepAt(now: Date): number {
	return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code an app shows at that moment. */
export function codeAt(secret: Uint8Array, now: Date): string {
	return generateHOTP(secret, BigInt(stepAt(now)), DIGITS);
}

/** Digits only: people type spaces, and some apps show "123 456". */
export function normaliseCode(input: string): string {
	return input.replace(/[\s-]/g, '');
}

/**
 * The time step the code belongs to (now, or one step either side), or null when it matches none.
 * Steps at or before `usedStep` are refused: each code works once, even within its 30 seconds.
 */
export function matchStep(
	secret: Uint8Array,
	input: string,
	now: Date,
	usedStep: number | null
): number | null {
	const code = normaliseCode(input);
	if (!/^\d+$/.test(code) || code.length !== DIGITS) return null;
	const current = stepAt(now);
	for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
		if (usedStep !== null && step <= usedStep) continue;
		if (verifyHOTP(secret, BigInt(step), DIGITS, code)) return step;
	}
	return null;
}
