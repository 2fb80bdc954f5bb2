// Writing what was done about a safeguarding item, and who may do it. Each change is audit-logged
// with ids only: the child's words and the team's notes stay in the protected table.
import { eq } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { can, hasRole, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideas, safeguardingActions, userRoles, users } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { addEvent } from '../ideas/write';
import { assertSafeguarder } from './access';
import { actionProblem, REASON_MAX, REASON_MIN, type ActionInput, type SafeguardingAction } from './rules';

/**
 * Records one action on a safeguarding item; returns the new action's id. "No concern" also releases
 * the post to the ordinary moderation queue (e.g. an idea about preventing bullying), where a
 * facilitator reads it like any other before it can be published.
 */
export function recordAction(db: Db, actor: Actor, ideaId: number, input: ActionInput): number {
	assertSafeguarder(actor);
	const problem = actionProblem(input);
	if (problem) throw new Invalid(...problem);
	const idea = db.select({ status: ideas.status }).from(ideas).where(eq(ideas.id, ideaId)).get();
	if (!idea || idea.status !== 'perlindungan') throw new NotFound('safe_item');
	const action = input.action as SafeguardingAction;
	const note = input.note?.trim() || null;
	return db.transaction((tx) => {
		const { id } = tx
			.insert(safeguardingActions)
			.values({ ideaId, actorId: actor.id, action, note })
			.returning({ id: safeguardingActions.id })
			.get();
		if (action === 'no_concern') {
			tx.update(ideas).set({ status: 'menunggu', updatedAt: new Date() }).where(eq(ideas.id, ideaId)).run();
			addEvent(tx, { ideaId, status: 'menunggu', actorId: actor.id, actorRole: 'fasilitator' });
		}
		auditLog.record(tx, {
			actorId: actor.id,
			action: `safeguarding.${action}`,
			targetType: 'idea',
			targetId: String(ideaId),
			details: { safeguardingActionId: id }
		});
		return id;
	});
}

/**
 * An admin grants or revokes the safeguarding permission, with a reason. Only staff accounts holding
 * the facilitator role receive it, and nobody grants it to themselves (a second person decides).
 */
export function setPermission(
	db: Db,
	actor: Actor,
	userId: string,
	change: 'grant' | 'revoke',
	reason: string
): void {
	if (!can(actor, 'admin.users')) throw new Forbidden('admin');
	const why = reason.trim();
	if (why.length < REASON_MIN) throw new Invalid('safe_reason_short', 'reason');
	if (why.length > REASON_MAX) throw new Invalid('safe_reason_long', 'reason');
	const user = db
		.select({ kind: users.kind, canSafeguard: users.canSafeguard })
		.from(users)
		.where(eq(users.id, userId))
		.get();
	if (!user) throw new NotFound('user');
	const grant = change === 'grant';
	if (grant) {
		if (userId === actor.id) throw new Forbidden('safe_self');
		const roles = db
			.select({ role: userRoles.role })
			.from(userRoles)
			.where(eq(userRoles.userId, userId))
			.all()
			.map((r) => r.role);
		if (user.kind !== 'staff' || !hasRole({ roles }, 'fasilitator'))
			throw new Invalid('safe_not_facilitator', 'change');
	}
	if (user.canSafeguard === grant) throw new Conflict(grant ? 'safe_already_granted' : 'safe_not_granted');
	db.transaction((tx) => {
		tx.update(users).set({ canSafeguard: grant }).where(eq(users.id, userId)).run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: grant ? 'user.safeguard_grant' : 'user.safeguard_revoke',
			targetType: 'user',
			targetId: userId,
			reason: why
		});
	});
}
