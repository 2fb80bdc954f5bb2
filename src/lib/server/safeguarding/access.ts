// Who may open safeguarding items. Kept apart so every verb starts with the same check.
import { can, type Actor } from '../auth/permissions';
import { Forbidden } from '../errors';

/** Only a facilitator an admin gave the safeguarding permission: a child's disclosure is for few eyes. */
export function assertSafeguarder(actor: Actor | null | undefined): asserts actor is Actor {
	if (!can(actor, 'safeguard')) throw new Forbidden('safeguard');
}
