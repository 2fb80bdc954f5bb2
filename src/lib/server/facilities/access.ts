// Who may manage what in the facilities area: pure rules over the actor's roles.
import { can, hasRole, type Actor } from '../auth/permissions';

/** Admins and facilitators add and edit facilities. */
export function canManageFacilities(actor: Actor | null | undefined): boolean {
	return can(actor, 'admin.regions') || can(actor, 'moderate');
}

/** Only admins publish a new version of a checklist. */
export function canEditTemplates(actor: Actor | null | undefined): boolean {
	return hasRole(actor, 'admin');
}

/** Facilitators review submitted audits: send back or publish. */
export function canReviewAudits(actor: Actor | null | undefined): boolean {
	return can(actor, 'moderate');
}
