/** Every code the second factor throws (setting it up, turning it off, the sign-in challenge). */
export type AuthErrorCode =
	| 'totp_not_staff'
	| 'totp_role_not_staff'
	| 'totp_already_on'
	| 'totp_already_off'
	| 'totp_code_wrong'
	| 'totp_proof_wrong'
	| 'totp_required'
	| 'totp_challenge_gone';
