// What a facilitator reads to review audits: the queue of submitted ones and one audit in full
// (the team by nickname here, since facilitators work with them; the public report never names them).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Actor } from '../auth/permissions';
import { photoPath } from '../audits/photos';
import type { Db } from '../db/client';
import {
	auditAnswers,
	auditMembers,
	auditPhotos,
	audits,
	checklistTemplates,
	facilities,
	regions,
	users
} from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import { canReviewAudits } from './access';
import { scoreAudit } from './scoring';

const kecamatan = alias(regions, 'kecamatan');

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
