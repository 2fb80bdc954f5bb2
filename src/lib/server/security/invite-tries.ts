// Invite codes verify a child (and so let them vote): wrong codes are limited per address and per
// account, so guessing codes is hopeless, while a class typing codes from paper never meets the limit.
import type { Db } from '../db/client';
import { Invalid } from '../errors';
import * as verification from '../verification';
import * as limits from './limits';

/** verification.redeem, refused with RateLimited after too many wrong codes. */
export async function redeem(
	db: Db,
	actor: { id: string },
	code: string,
	ip: string,
	now = new Date()
): Promise<verification.RedeemResult> {
	await limits.check(db, 'invite_code_ip', ip);
	await limits.check(db, 'invite_code_account', actor.id);
	try {
		return verification.redeem(db, actor, code, now);
	} catch (e) {
		if (e instanceof Invalid) {
			await limits.penalise(db, 'invite_code_ip', ip);
			await limits.penalise(db, 'invite_code_account', actor.id);
		}
		throw e;
	}
}
