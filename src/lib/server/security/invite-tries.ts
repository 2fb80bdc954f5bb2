// Invite codes verify a child (and so let them vote): wrong codes are limited per address and per
// account, so guessing codes is hopeless, while a class typing codes from paper never meets the limit.
// A try is reserved before the code is looked at (./attempts.ts), and a right code gives it back.
import type { Db } from '../db/client';
import * as verification from '../verification';
import { attempt } from './attempts';

/** verification.redeem, refused with RateLimited after too many wrong codes. */
export function redeem(
	db: Db,
	actor: { id: string },
	code: string,
	ip: string,
	now = new Date()
): verification.RedeemResult {
	// A wrong code throws (verif_code_invalid) and so keeps its try.
	return attempt(
		db,
		[
			{ kind: 'invite_code_ip', key: ip },
			{ kind: 'invite_code_account', key: actor.id }
		],
		() => verification.redeem(db, actor, code, now)
	);
}
