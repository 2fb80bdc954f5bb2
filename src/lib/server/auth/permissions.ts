// Who may do what: pure rules with no I/O, tested table by table.
import type { Role } from '../db/schema';
import { isUnder18 } from './age';

export interface Actor {
	id: string;
	kind: 'child' | 'staff';
	roles: readonly Role[];
	birthYear: number | null;
	birthMonth: number | null;
	verifiedAt: Date | null;
	canSafeguard?: boolean;
	suspendedUntil?: Date | null;
}

export const CHILD_ROLES: readonly Role[] = ['anak', 'forum_anak'];
export const STAFF_ROLES: readonly Role[] = ['fasilitator', 'bappeda', 'opd', 'admin'];

export type Action =
	| 'account.second_factor' // turn the authenticator-app second factor on or off: staff accounts
	| 'admin.users'
	| 'admin.regions'
	| 'child.participate' // post ideas, follow them: needs a child role and to be under 18
	| 'child.vote' // as above, and verified
	| 'audit.run'
	| 'moderate'
	| 'safeguard' // open the safeguarding queue: a facilitator with the permission
	| 'review.proposals'
	| 'opd.respond';

export function hasRole(actor: Pick<Actor, 'roles'> | null | undefined, ...roles: Role[]): boolean {
	return !!actor && roles.some((r) => actor.roles.includes(r));
}

export function isChild(actor: Actor, now = new Date()): boolean {
	return actor.kind === 'child' && isUnder18(actor.birthYear, actor.birthMonth, now);
}

/** A facilitator suspended this child's posting and voting, and the period has not ended. */
export function isSuspended(actor: Pick<Actor, 'suspendedUntil'>, now = new Date()): boolean {
	return !!actor.suspendedUntil && actor.suspendedUntil.getTime() > now.getTime();
}

export function can(actor: Actor | null | undefined, action: Action, now = new Date()): boolean {
	if (!actor) return false;
	switch (action) {
		case 'account.second_factor':
			return actor.kind === 'staff' && hasRole(actor, ...STAFF_ROLES);
		case 'admin.users':
		case 'admin.regions':
			return hasRole(actor, 'admin');
		case 'child.participate':
			return hasRole(actor, 'anak', 'forum_anak') && isChild(actor, now) && !isSuspended(actor, now);
		case 'child.vote':
			return can(actor, 'child.participate', now) && actor.verifiedAt !== null;
		case 'audit.run':
			return hasRole(actor, 'forum_anak') && isChild(actor, now);
		case 'moderate':
			return hasRole(actor, 'fasilitator');
		case 'safeguard':
			return hasRole(actor, 'fasilitator') && actor.canSafeguard === true;
		case 'review.proposals':
			return hasRole(actor, 'bappeda');
		case 'opd.respond':
			return hasRole(actor, 'opd');
	}
}

/** Child roles go only to child accounts, staff roles only to staff accounts. */
export function roleFitsAccount(role: Role, kind: 'child' | 'staff'): boolean {
	return kind === 'child' ? CHILD_ROLES.includes(role) : STAFF_ROLES.includes(role);
}
