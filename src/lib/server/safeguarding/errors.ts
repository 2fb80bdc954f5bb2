/** Every code the safeguarding domain throws (the queue, recorded actions, the permission). */
export type SafeguardingErrorCode =
	| 'safeguard'
	| 'admin'
	| 'safe_item'
	| 'safe_action'
	| 'safe_note_required'
	| 'safe_note_short'
	| 'safe_note_long'
	| 'safe_reason_short'
	| 'safe_reason_long'
	| 'safe_self'
	| 'safe_not_facilitator'
	| 'safe_already_granted'
	| 'safe_not_granted';
