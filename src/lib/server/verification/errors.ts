/** Every code the verification domain throws (invite codes, verifying a child by hand). */
export type VerificationErrorCode =
	| 'verif_code_invalid'
	| 'verif_not_child'
	| 'verif_already'
	| 'verif_not_verified'
	| 'verif_already_revoked'
	| 'verif_code'
	| 'verif_child'
	| 'verif_label'
	| 'verif_max_uses'
	| 'verif_expiry'
	| 'verif_count'
	| 'verif_reason';
