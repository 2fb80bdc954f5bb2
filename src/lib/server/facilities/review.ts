// A facilitator reviews a submitted audit: sends it back to the team with a comment, or publishes it.
// Publishing stores the scores and turns every "Tidak" into a finding for the facility's agency.
// What the facilitator reads for it: the queue and one audit in full (the team by nickname here, since
// facilitators work with them; the public report never names them).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Actor } from '../auth/permissions';
import * as auditLog from '../audit-log';
import { photoPath } from '../audits/photos';
import type { Db, Tx } from '../db/client';
import {
	auditAnswers,
	auditFindings,
	auditMembers,
	auditPhotos,
	audits,
	checklistTemplates,
	facilities,
	regions,
	users
} from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import * as notifications from '../notifications';
import { canReviewAudits } from './access';
import { scoreAudit } from './scoring';
import * as templates from './templates';

const kecamatan = alias(regions, 'kecamatan');

export const COMMENT_MIN = 3;
export const COMMENT_MAX = 1000;

/** The audit, if it waits for review; the check runs inside the transaction that changes it. */
function submitted(tx: Tx, auditId: number) {
	const audit = tx.select().from(audits).where(eq(audits.id, auditId)).get();
	if (!audit) throw new NotFound('fac_audit');
	if (audit.status !== 'diajukan') throw new Conflict('fac_audit_not_submitted');
	return audit;
}

/** The Forum Anak members of the team (not the facilitator), who hear what happened. */
function team(tx: Tx, auditId: number): string[] {
	return tx
		.select({ userId: auditMembers.userId })
		.from(auditMembers)
		.where(and(eq(auditMembers.auditId, auditId), eq(auditMembers.role, 'anggota')))
		.all()
		.map((r) => r.userId);
}

/** Back to the team with what to change; they fix it and submit again. */
export function sendBack(db: Db, actor: Actor, auditId: number, comment: string, now = new Date()): void {
	if (!canReviewAudits(actor)) throw new Forbidden('fac_forbidden');
	const text = comment.trim();
	if (text.length < COMMENT_MIN || text.length > COMMENT_MAX) throw new Invalid('fac_comment', 'comment');
	db.transaction(
		(tx) => {
			submitted(tx, auditId);
			tx.update(audits)
				.set({ status: 'dikembalikan', reviewNote: text, updatedAt: now })
				.where(eq(audits.id, auditId))
				.run();
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'audit.send_back',
				targetType: 'audit',
				targetId: String(auditId),
				reason: text
			});
			notifications.notifyMany(tx, team(tx, auditId), {
				kind: 'audit_returned',
				params: { auditId, reason: text }
			});
		},
		{ behavior: 'immediate' }
	);
}

/** Publishes the report: scores stored, findings assigned to the facility's agency, the team told. */
export function publish(db: Db, actor: Actor, auditId: number, now = new Date()) {
	if (!canReviewAudits(actor)) throw new Forbidden('fac_forbidden');
	return db.transaction(
		(tx) => {
			const audit = submitted(tx, auditId);
			const template = templates.get(tx, audit.templateId);
			const facility = tx.select().from(facilities).where(eq(facilities.id, audit.facilityId)).get();
			if (!template || !facility) throw new NotFound('fac_audit');
			const answers = tx
				.select()
				.from(auditAnswers)
				.where(eq(auditAnswers.auditId, auditId))
				.orderBy(asc(auditAnswers.itemCode))
				.all();
			const notes = new Map(answers.map((a) => [a.itemCode, a.note]));
			const result = scoreAudit(template.content, new Map(answers.map((a) => [a.itemCode, a.answer])));
			tx.update(audits)
				.set({
					status: 'diterbitkan',
					publishedAt: now,
					publishedBy: actor.id,
					score: result.overall,
					scores: { overall: result.overall, sections: result.sections },
					reviewNote: null,
					updatedAt: now
				})
				.where(eq(audits.id, auditId))
				.run();
			if (result.findings.length > 0)
				tx.insert(auditFindings)
					.values(
						result.findings.map((f) => ({
							auditId,
							facilityId: facility.id,
							itemCode: f.itemCode,
							isKey: f.isKey,
							note: notes.get(f.itemCode) ?? null,
							opdId: facility.opdId,
							createdAt: now
						}))
					)
					.run();
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'audit.publish',
				targetType: 'audit',
				targetId: String(auditId),
				details: {
					score: result.overall,
					findings: result.findings.length,
					keyFindings: result.findings.filter((f) => f.isKey).length,
					opdId: facility.opdId
				}
			});
			notifications.notifyMany(tx, team(tx, auditId), { kind: 'audit_published', params: { auditId } });
			return { score: result.overall, findings: result.findings.length };
		},
		{ behavior: 'immediate' }
	);
}

/** Audits waiting for review, oldest submission first; sent-back ones after them, for reference. */
export function queue(db: Db, actor: Actor) {
	if (!canReviewAudits(actor)) throw new Forbidden('fac_forbidden');
	return db
		.select({
			id: audits.id,
			status: audits.status,
			auditDate: audits.auditDate,
			submittedAt: audits.submittedAt,
			facilityName: facilities.name,
			facilityType: facilities.type,
			kecamatanName: kecamatan.name,
			isMine: eq(audits.facilitatorId, actor.id).mapWith(Boolean)
		})
		.from(audits)
		.innerJoin(facilities, eq(facilities.id, audits.facilityId))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.where(inArray(audits.status, ['diajukan', 'dikembalikan']))
		.orderBy(asc(audits.status), asc(audits.submittedAt), asc(audits.id))
		.all();
}

/** One audit with its answers, photos, team and the score it would get if published now. */
export function forReview(db: Db, actor: Actor, auditId: number) {
	if (!canReviewAudits(actor)) throw new Forbidden('fac_forbidden');
	const row = db
		.select({
			audit: audits,
			facilityName: facilities.name,
			facilityType: facilities.type,
			kecamatanName: kecamatan.name,
			content: checklistTemplates.content,
			version: checklistTemplates.version
		})
		.from(audits)
		.innerJoin(facilities, eq(facilities.id, audits.facilityId))
		.innerJoin(checklistTemplates, eq(checklistTemplates.id, audits.templateId))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.where(eq(audits.id, auditId))
		.get();
	// A draft is the team's until they submit it.
	if (!row || row.audit.status === 'draf') throw new NotFound('fac_audit');
	const answers = db.select().from(auditAnswers).where(eq(auditAnswers.auditId, auditId)).all();
	const photos: Record<string, string[]> = {};
	for (const p of db
		.select()
		.from(auditPhotos)
		.where(eq(auditPhotos.auditId, auditId))
		.orderBy(asc(auditPhotos.id))
		.all())
		(photos[p.itemCode] ??= []).push(photoPath(p.file));
	const team = db
		.select({ username: users.username, role: auditMembers.role })
		.from(auditMembers)
		.innerJoin(users, eq(users.id, auditMembers.userId))
		.where(and(eq(auditMembers.auditId, auditId)))
		.orderBy(asc(auditMembers.role), asc(users.username))
		.all();
	const preview = scoreAudit(row.content, new Map(answers.map((a) => [a.itemCode, a.answer])));
	return {
		audit: {
			id: row.audit.id,
			status: row.audit.status,
			auditDate: row.audit.auditDate,
			submittedAt: row.audit.submittedAt,
			reviewNote: row.audit.reviewNote,
			version: row.version
		},
		facility: { name: row.facilityName, type: row.facilityType, kecamatanName: row.kecamatanName },
		content: row.content,
		answers: Object.fromEntries(answers.map((a) => [a.itemCode, { answer: a.answer, note: a.note }])),
		photos,
		team,
		preview
	};
}
