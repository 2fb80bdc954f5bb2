// Messages for the security domain's error codes (see ../form.ts), and the "try again in N minutes"
// message for a rate limit, which needs the wait from the error itself.
import { m } from '$lib/paraglide/messages';
import type { RateLimited } from '../security/limits';
import type { ErrorMessages } from './types';

export const SECURITY_MESSAGES: ErrorMessages = {
	// Without the error at hand (domainMessage): no minutes. Prefer rateLimitMessage(e).
	rate_limited: m.sec_rate_limited_soon,
	login_failed: m.e_login_failed,
	totp_not_staff: m.sec_err_not_staff,
	totp_role_not_staff: m.sec_err_role_not_staff,
	totp_already_on: m.sec_err_already_on,
	totp_already_off: m.sec_err_already_off,
	totp_code_wrong: m.sec_err_code_wrong,
	totp_proof_wrong: m.sec_err_proof_wrong,
	totp_required: m.sec_err_required,
	totp_challenge_gone: m.sec_err_challenge_gone
};

/** "Too many tries in a short time. Try again in N min." */
export function rateLimitMessage(e: RateLimited): string {
	return m.sec_rate_limited({ minutes: e.retryAfterMinutes });
}

/** The sign-in form's own wording, with the same wait. */
export function signInWaitMessage(e: RateLimited): string {
	return m.sec_signin_wait({ minutes: e.retryAfterMinutes });
}
