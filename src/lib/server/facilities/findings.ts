// Follow-up of findings: the facility's agency answers with a plan and a target day and marks it
// fixed; a Forum Anak member confirms or reopens it during a later audit of the same facility.
import { and, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { can, type Actor } from '../auth/permissions';
import * as auditLog from '../audit-log';
import { EDITABLE_STATUSES, isEditable } from '../audits/rules';
import { config } from '../config';
import { addDays, dayEnd, dayOf, isDay } from '../cycles/wib';
import type { Db, DbOrTx, Tx } from '../db/client';
import {
	auditFindings,
	auditMembers,
	audits,
	findingEvents,
	users,
	type AuditFinding,
	type FindingStatus
} from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import * as uploads from '../uploads';

export const PLAN_MIN = 10;
export const TEXT_MAX = 1000;
export const NOTE_MAX = 500;
/** A target day at most three years ahead: further than that is no plan. */
export const TARGET_MAX_DAYS = 3 * 365;

/** Still waiting for the agency's work. */
export const OPEN_STATUSES: readonly FindingStatus[] = ['terbuka', 'direncanakan'];

/** Not fixed after the target day: computed in SQL so lists and counts agree. */
export function overdueSql(now: Date): SQL<boolean> {
	return sql<boolean>`(${and(
		inArray(auditFindings.status, [...OPEN_STATUSES]),
		isNotNull(auditFindings.targetDate),
		lt(auditFindings.targetDate, now)
	)})`;
}

/** The agency the acting OPD user works for, read from the account (not the session). */
export function opdOf(db: DbOrTx, actor: Actor): number | null {
	return db.select({ opdId: users.opdId }).from(users).where(eq(users.id, actor.id)).get()?.opdId ?? null;
}

/** The finding, when the actor is staff of the agency it is assigned to. */
function ownFinding(tx: DbOrTx, actor: Actor, findingId: number): AuditFinding {
	if (!can(actor, 'opd.respond')) throw new Forbidden('fac_not_your_opd');
	const finding = tx.select().from(auditFindings).where(eq(auditFindings.id, findingId)).get();
	if (!finding) throw new NotFound('fac_finding');
	const opdId = opdOf(tx, actor);
	if (opdId === null || finding.opdId !== opdId) throw new Forbidden('fac_not_your_opd');
	return finding;
}

function event(
	tx: Tx,
	e: {
		findingId: number;
		kind: 'plan' | 'fixed' | 'confirmed' | 'reopened';
		note: string | null;
		targetDay?: string;
	},
	actor: Actor,
	role: string,
	now: Date
) {
	tx.insert(findingEvents)
		.values({ ...e, actorId: actor.id, actorRole: role, createdAt: now })
		.run();
	auditLog.record(tx, {
		actorId: actor.id,
		action: `finding.${e.kind}`,
		targetType: 'finding',
		targetId: String(e.findingId),
		reason: e.targetDay ? `${e.note} (${e.targetDay})` : e.note
	});
}

export interface PlanInput {
	plan: string;
	/** The calendar day (WIB) by which it will be fixed, 'YYYY-MM-DD'. */
	targetDay: string;
}

/** The agency answers with what it will do and by when; it may change the plan while it is open. */
export function answer(db: Db, actor: Actor, findingId: number, input: PlanInput, now = new Date()) {
	const plan = input.plan.trim();
	if (plan.length < PLAN_MIN || plan.length > TEXT_MAX) throw new Invalid('fac_plan', 'plan');
	const today = dayOf(now);
	if (!isDay(input.targetDay) || input.targetDay < today || input.targetDay > addDays(today, TARGET_MAX_DAYS))
		throw new Invalid('fac_target_day', 'targetDay');
	db.transaction(
		(tx) => {
			const finding = ownFinding(tx, actor, findingId);
			if (!OPEN_STATUSES.includes(finding.status)) throw new Conflict('fac_finding_not_open');
			tx.update(auditFindings)
				.set({ status: 'direncanakan', plan, targetDate: dayEnd(input.targetDay), updatedAt: now })
				.where(eq(auditFindings.id, findingId))
				.run();
			event(tx, { findingId, kind: 'plan', note: plan, targetDay: input.targetDay }, actor, 'opd', now);
		},
		{ behavior: 'immediate' }
	);
}

/**
 * The agency marks it fixed, with an optional note and the posted `photo` (none, or an empty file, is
 * no photo), which takes the place of an earlier fix's photo (whose file is then removed).
 */
export async function markFixed(
	db: Db,
	actor: Actor,
	findingId: number,
	input: { note: string },
	photo: File | null,
	now = new Date(),
	dir = config.uploadsDir
): Promise<void> {
	const replaced = await uploads.withPhoto(
		photo,
		(name) => recordFixed(db, actor, findingId, { note: input.note, photo: name }, now),
		dir
	);
	if (replaced) await uploads.deletePhoto(replaced, dir);
}

/** Returns the photo of an earlier fix that this one replaces, if any. */
function recordFixed(
	db: Db,
	actor: Actor,
	findingId: number,
	input: { note: string; photo: string | null },
	now: Date
): string | null {
	const note = input.note.trim() || null;
	if (note && note.length > TEXT_MAX) throw new Invalid('fac_fixed_note', 'note');
	return db.transaction(
		(tx) => {
			const finding = ownFinding(tx, actor, findingId);
			if (!OPEN_STATUSES.includes(finding.status)) throw new Conflict('fac_finding_not_open');
			tx.update(auditFindings)
				.set({ status: 'diperbaiki', fixedAt: now, fixedNote: note, fixedPhoto: input.photo, updatedAt: now })
				.where(eq(auditFindings.id, findingId))
				.run();
			event(tx, { findingId, kind: 'fixed', note }, actor, 'opd', now);
			return finding.fixedPhoto && finding.fixedPhoto !== input.photo ? finding.fixedPhoto : null;
		},
		{ behavior: 'immediate' }
	);
}

export type CheckOutcome = 'confirmed' | 'reopened';

/**
 * During a later audit of the same facility, while it is in progress, a Forum Anak member of its team
 * confirms the fix (the finding is done) or reopens it (it goes back to the agency, which answers again).
 */
export function check(
	db: Db,
	actor: Actor,
	findingId: number,
	laterAuditId: number,
	outcome: CheckOutcome,
	note: string,
	now = new Date()
): void {
	if (!can(actor, 'audit.run', now)) throw new Forbidden('fac_not_team');
	const text = note.trim() || null;
	if (text && text.length > NOTE_MAX) throw new Invalid('fac_check_note', 'note');
	db.transaction(
		(tx) => {
			const finding = tx.select().from(auditFindings).where(eq(auditFindings.id, findingId)).get();
			if (!finding) throw new NotFound('fac_finding');
			const later = tx.select().from(audits).where(eq(audits.id, laterAuditId)).get();
			const member = tx
				.select({ role: auditMembers.role })
				.from(auditMembers)
				.where(and(eq(auditMembers.auditId, laterAuditId), eq(auditMembers.userId, actor.id)))
				.get();
			if (
				!later ||
				member?.role !== 'anggota' ||
				later.facilityId !== finding.facilityId ||
				later.id <= finding.auditId
			)
				throw new Forbidden('fac_not_team');
			// Only while the team is still filling it: a submitted or published report is a record.
			if (!isEditable(later.status)) throw new Conflict('fac_check_audit_closed');
			const allowed: readonly FindingStatus[] =
				outcome === 'confirmed' ? ['terbuka', 'direncanakan', 'diperbaiki'] : ['diperbaiki', 'selesai'];
			if (!allowed.includes(finding.status)) throw new Conflict('fac_finding_check_state');
			// Reopened: the agency plans again, so the old target day no longer makes it overdue.
			const set =
				outcome === 'confirmed'
					? { status: 'selesai' as const }
					: { status: 'terbuka' as const, targetDate: null, fixedAt: null };
			tx.update(auditFindings)
				.set({ ...set, checkedInAuditId: laterAuditId, updatedAt: now })
				.where(eq(auditFindings.id, findingId))
				.run();
			event(tx, { findingId, kind: outcome, note: text }, actor, 'forum_anak', now);
		},
		{ behavior: 'immediate' }
	);
}

/** The actor's audit in progress at this facility, in which they may confirm or reopen findings. */
export function auditInProgress(db: Db, actor: Actor | null, facilityId: number, now = new Date()) {
	if (!actor || !can(actor, 'audit.run', now)) return null;
	return (
		db
			.select({ id: audits.id })
			.from(audits)
			.innerJoin(
				auditMembers,
				and(
					eq(auditMembers.auditId, audits.id),
					eq(auditMembers.userId, actor.id),
					eq(auditMembers.role, 'anggota')
				)
			)
			.where(and(eq(audits.facilityId, facilityId), inArray(audits.status, [...EDITABLE_STATUSES])))
			.orderBy(sql`${audits.id} desc`)
			.get()?.id ?? null
	);
}
