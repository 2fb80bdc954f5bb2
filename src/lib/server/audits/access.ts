// Who may do what with one audit: the team fills it while it is editable; the team and facilitators
// read it while it is not public.
import { and, eq } from 'drizzle-orm';
import { can, hasRole, type Actor } from '../auth/permissions';
import type { DbOrTx } from '../db/client';
import { auditMembers, audits, type Audit } from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import { isEditable } from './rules';
import { templateById } from './template';

export function getAudit(db: DbOrTx, id: number): Audit {
	const audit = db.select().from(audits).where(eq(audits.id, id)).get();
	if (!audit) throw new NotFound('audit_not_found');
	return audit;
}

export function memberRole(db: DbOrTx, auditId: number, userId: string) {
	return db
		.select({ role: auditMembers.role })
		.from(auditMembers)
		.where(and(eq(auditMembers.auditId, auditId), eq(auditMembers.userId, userId)))
		.get()?.role;
}

/** The audit and its checklist version, for a team member while the audit can still change. */
export function forEditing(db: DbOrTx, actor: Actor, auditId: number, now = new Date()) {
	const audit = getAudit(db, auditId);
	if (memberRole(db, auditId, actor.id) !== 'anggota') throw new Forbidden('audit_not_member');
	// In the team but no longer allowed to run audits (turned 18, role removed): say so, not "not in the team".
	if (!can(actor, 'audit.run', now)) throw new Forbidden('audit_not_forum');
	if (!isEditable(audit.status)) throw new Conflict('audit_not_editable');
	const template = templateById(db, audit.templateId);
	if (!template) throw new NotFound('audit_not_found');
	return { audit, content: template.content };
}

/**
 * The team and facilitators may read a draft; anyone a published audit. The audit's own facilitator
 * reads it through the role, like every facilitator: a session without the role (one still to set up
 * its second factor) reads what a visitor reads.
 */
export function mayRead(db: DbOrTx, actor: Actor | null, audit: Audit): boolean {
	if (audit.status === 'diterbitkan') return true;
	if (!actor) return false;
	return hasRole(actor, 'fasilitator') || memberRole(db, audit.id, actor.id) === 'anggota';
}
