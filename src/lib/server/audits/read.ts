// What the team and facilitators read: their audits, and one audit with its checklist and answers.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { can, hasRole, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import {
	auditAnswers,
	auditMembers,
	auditPhotos,
	audits,
	checklistTemplates,
	facilities,
	regions,
	users,
	type AuditAnswer,
	type ChecklistContent
} from '../db/schema';
import { Forbidden } from '../errors';
import { getAudit, memberRole } from './access';
import { EDITABLE_STATUSES, isEditable, items, progress } from './rules';
import { templateById } from './template';

const desa = alias(regions, 'desa');
const kecamatan = alias(regions, 'kecamatan');
const forum = alias(regions, 'forum');

function answeredCodes(db: Db, auditIds: number[]): Map<number, Set<string>> {
	const rows = auditIds.length
		? db
				.select({ auditId: auditAnswers.auditId, code: auditAnswers.itemCode })
				.from(auditAnswers)
				.where(inArray(auditAnswers.auditId, auditIds))
				.all()
		: [];
	const map = new Map<number, Set<string>>();
	for (const r of rows) map.set(r.auditId, (map.get(r.auditId) ?? new Set()).add(r.code));
	return map;
}

/** Audits I am in (as a team member or the facilitator), newest first, with how far each has got. */
export function mine(db: Db, actor: Actor) {
	const rows = db
		.select({
			id: audits.id,
			status: audits.status,
			auditDate: audits.auditDate,
			updatedAt: audits.updatedAt,
			createdAt: audits.createdAt,
			role: auditMembers.role,
			facilityName: facilities.name,
			facilityType: facilities.type,
			kecamatanName: kecamatan.name,
			content: checklistTemplates.content
		})
		.from(audits)
		.innerJoin(auditMembers, and(eq(auditMembers.auditId, audits.id), eq(auditMembers.userId, actor.id)))
		.innerJoin(facilities, eq(facilities.id, audits.facilityId))
		.innerJoin(checklistTemplates, eq(checklistTemplates.id, audits.templateId))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.orderBy(desc(audits.auditDate), desc(audits.id))
		.all();
	const answered = answeredCodes(
		db,
		rows.map((r) => r.id)
	);
	return rows.map(({ content, ...r }) => {
		const codes = answered.get(r.id) ?? new Set<string>();
		return {
			...r,
			total: items(content).length,
			answered: items(content).filter((i) => codes.has(i.code)).length
		};
	});
}

/**
 * Audits the teams are still working on (a draft, or sent back to them), for facilitators to follow:
 * the team by nickname, when it started and how far it has got. Three queries, whatever the count.
 */
export function inProgress(db: Db, actor: Actor) {
	// Whoever reviews audits (the queue at /moderasi/audit) follows them before they are submitted.
	if (!can(actor, 'moderate')) throw new Forbidden('fac_forbidden');
	const rows = db
		.select({
			id: audits.id,
			status: audits.status,
			auditDate: audits.auditDate,
			startedAt: audits.createdAt,
			facilityName: facilities.name,
			facilityType: facilities.type,
			kecamatanName: kecamatan.name,
			isMine: eq(audits.facilitatorId, actor.id).mapWith(Boolean),
			content: checklistTemplates.content
		})
		.from(audits)
		.innerJoin(facilities, eq(facilities.id, audits.facilityId))
		.innerJoin(checklistTemplates, eq(checklistTemplates.id, audits.templateId))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.where(inArray(audits.status, [...EDITABLE_STATUSES]))
		.orderBy(asc(audits.createdAt), asc(audits.id))
		.all();
	const ids = rows.map((r) => r.id);
	const team = new Map<number, string[]>();
	if (ids.length > 0)
		for (const t of db
			.select({ auditId: auditMembers.auditId, nickname: users.username })
			.from(auditMembers)
			.innerJoin(users, eq(users.id, auditMembers.userId))
			.where(and(inArray(auditMembers.auditId, ids), eq(auditMembers.role, 'anggota')))
			.orderBy(asc(users.username))
			.all())
			team.set(t.auditId, [...(team.get(t.auditId) ?? []), t.nickname]);
	const answered = answeredCodes(db, ids);
	return rows.map(({ content, ...r }) => {
		const codes = answered.get(r.id) ?? new Set<string>();
		const all = items(content);
		return {
			...r,
			team: team.get(r.id) ?? [],
			total: all.length,
			answered: all.filter((i) => codes.has(i.code)).length
		};
	});
}

export interface FillAnswer {
	answer: AuditAnswer;
	note: string | null;
	answeredAt: number;
}

/**
 * One audit for its fill screen: facility, checklist version, answers, photos and progress. The team
 * and facilitators read it; only team members edit, and only while it is a draft or sent back.
 */
export function forFilling(db: Db, actor: Actor, auditId: number, now = new Date()) {
	const audit = getAudit(db, auditId);
	// This screen is for the people working on the audit; the public reads the published report.
	const role = memberRole(db, auditId, actor.id);
	if (role !== 'anggota' && !hasRole(actor, 'fasilitator')) throw new Forbidden('audit_not_member');
	const facility = db
		.select({
			id: facilities.id,
			name: facilities.name,
			type: facilities.type,
			desaName: desa.name,
			kecamatanName: kecamatan.name
		})
		.from(facilities)
		.leftJoin(desa, eq(desa.code, facilities.desaCode))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.where(eq(facilities.id, audit.facilityId))
		.get();
	const template = templateById(db, audit.templateId);
	const content: ChecklistContent = template?.content ?? { sections: [] };
	const answers: Record<string, FillAnswer> = {};
	for (const a of db.select().from(auditAnswers).where(eq(auditAnswers.auditId, auditId)).all())
		answers[a.itemCode] = { answer: a.answer, note: a.note, answeredAt: a.answeredAt.getTime() };
	const photos: Record<string, { id: number; file: string }[]> = {};
	for (const p of db
		.select()
		.from(auditPhotos)
		.where(eq(auditPhotos.auditId, auditId))
		.orderBy(auditPhotos.id)
		.all())
		(photos[p.itemCode] ??= []).push({ id: p.id, file: p.file });
	const team = db
		.select({ nickname: users.username, role: auditMembers.role })
		.from(auditMembers)
		.innerJoin(users, eq(users.id, auditMembers.userId))
		.where(eq(auditMembers.auditId, auditId))
		.orderBy(auditMembers.role, users.username)
		.all();
	const forumName = audit.forumKecamatanCode
		? db.select({ name: forum.name }).from(forum).where(eq(forum.code, audit.forumKecamatanCode)).get()?.name
		: undefined;
	return {
		audit: {
			id: audit.id,
			status: audit.status,
			auditDate: audit.auditDate,
			reviewNote: audit.reviewNote,
			templateVersion: template?.version ?? null,
			forumKecamatanName: forumName ?? null
		},
		facility,
		content,
		answers,
		photos,
		team,
		progress: progress(content, new Set(Object.keys(answers))),
		canEdit: role === 'anggota' && isEditable(audit.status) && can(actor, 'audit.run', now)
	};
}

export type FillView = ReturnType<typeof forFilling>;
