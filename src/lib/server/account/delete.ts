// "Delete my account": personal data goes, published ideas stay, credited to "anak (akun dihapus)".
// The row itself stays (published ideas and the audit log point at it) but holds nothing personal.
import { and, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import {
	ideas,
	safeguardingActions,
	notifications,
	passwordResetCodes,
	reports,
	sessions,
	userRoles,
	users,
	type IdeaStatus
} from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import * as votes from '../votes';

/**
 * Once public, an idea belongs to the record (supporters, merges, tickets): it stays, anonymised.
 * A safeguarding post stays too: facilitators may still be acting on it (child protection comes first).
 */
export const KEPT_STATUSES: readonly IdeaStatus[] = ['terbit', 'disembunyikan', 'digabung', 'perlindungan'];

/** A hash no password can ever match: argon2 verification of it fails (and the login code returns null). */
export const UNUSABLE_PASSWORD_HASH = '!';

export interface DeletedAccount {
	/** Photo files of the deleted ideas: remove them from UPLOADS_DIR after the transaction commits. */
	photos: string[];
	ideasDeleted: number;
	ideasKept: number;
	votesRemoved: number;
}

/** Typing the nickname confirms the deletion; case and surrounding spaces do not matter. */
export function confirmsDeletion(typed: string, nickname: string): boolean {
	return typed.trim().toLowerCase() === nickname.trim().toLowerCase();
}

/**
 * Deletes a child's account in one transaction. Staff accounts are refused (an admin deactivates them).
 * Throws NotFound('user') for an unknown or already deleted account, Forbidden('staff_self_delete').
 */
export function deleteAccount(db: Db, userId: string, now = new Date()): DeletedAccount {
	const user = db
		.select({ kind: users.kind, deletedAt: users.deletedAt })
		.from(users)
		.where(eq(users.id, userId))
		.get();
	if (!user || user.deletedAt) throw new NotFound('user');
	if (user.kind !== 'child') throw new Forbidden('staff_self_delete');

	return db.transaction((tx) => {
		// Votes of cycles still taking votes go (and give their ideas' counts back); votes of cycles
		// past the cut-off stay, anonymous, so the counts behind a golden ticket never change.
		const votesRemoved = votes.release(tx, { userId }, now);

		const mine = eq(ideas.authorId, userId);
		// An idea with safeguarding records stays too (released or not): the records must not be lost.
		const unpublished = and(
			mine,
			notInArray(ideas.status, [...KEPT_STATUSES]),
			sql`not exists (select 1 from ${safeguardingActions} where ${safeguardingActions.ideaId} = ${ideas.id})`
		);
		const photos = tx
			.select({ photo: ideas.photo })
			.from(ideas)
			.where(and(unpublished, isNotNull(ideas.photo)))
			.all()
			.map((r) => r.photo as string);
		const gone = tx.select({ id: ideas.id }).from(ideas).where(unpublished);
		// Other ideas merged into one of these (merged, then withdrawn) would point nowhere.
		tx.update(ideas).set({ mergedIntoId: null }).where(inArray(ideas.mergedIntoId, gone)).run();
		// Their events, reports, notifications and any votes go with them (ON DELETE CASCADE).
		const ideasDeleted = tx.delete(ideas).where(unpublished).run().changes;
		const ideasKept = tx
			.select({ n: sql<number>`count(*)` })
			.from(ideas)
			.where(mine)
			.get()!.n;

		tx.delete(sessions).where(eq(sessions.userId, userId)).run();
		tx.delete(notifications).where(eq(notifications.userId, userId)).run();
		tx.delete(reports).where(eq(reports.reporterId, userId)).run();
		tx.delete(passwordResetCodes).where(eq(passwordResetCodes.userId, userId)).run();
		tx.delete(userRoles).where(eq(userRoles.userId, userId)).run();
		tx.update(users)
			.set({
				// Unguessable, so nobody can sign in as it or find it, and the nickname is free again.
				username: `dihapus-${crypto.randomUUID()}`,
				email: null,
				displayName: null,
				passwordHash: UNUSABLE_PASSWORD_HASH,
				birthYear: null,
				birthMonth: null,
				desaCode: null,
				gender: null,
				guardianConsentAt: null,
				verifiedAt: null,
				verifiedBy: null,
				verificationMethod: null,
				inviteCodeId: null,
				opdId: null,
				deactivatedAt: now,
				deletedAt: now
			})
			.where(eq(users.id, userId))
			.run();

		auditLog.record(tx, {
			actorId: userId,
			action: 'account.delete',
			targetType: 'user',
			targetId: userId,
			details: { ideasDeleted, ideasKept, votesRemoved }
		});
		return { photos, ideasDeleted, ideasKept, votesRemoved };
	});
}
