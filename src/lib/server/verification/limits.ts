// The reason every verification change carries; the numbers are in $lib/verification-limits.ts.
import { VERIFICATION_LIMITS as LIMITS } from '../../verification-limits';
import { Invalid } from '../errors';

export { LIMITS };

/** Every verification change carries a reason a person can read later. */
export function checkReason(reason: string): string {
	const r = reason.trim();
	if (r.length < LIMITS.reasonMin || r.length > LIMITS.reasonMax) throw new Invalid('verif_reason', 'reason');
	return r;
}
