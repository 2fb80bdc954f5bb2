// Facilities (RBRA play spaces and Puskesmas), versioned checklist templates, Forum Anak audits,
// their answers and photos, and the findings the managing agency answers.
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ChecklistContent } from '../../../checklist';
import { createdAt } from './columns';
import { opds, regions, users } from './core';
import { ideas } from './ideas';

export const FACILITY_TYPES = ['rbra', 'puskesmas'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

export const facilities = sqliteTable(
	'facilities',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		type: text('type', { enum: FACILITY_TYPES }).notNull(),
		name: text('name').notNull(),
		desaCode: text('desa_code')
			.notNull()
			.references(() => regions.code),
		kecamatanCode: text('kecamatan_code')
			.notNull()
			.references(() => regions.code),
		address: text('address'),
		opdId: integer('opd_id').references(() => opds.id),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('facilities_type_kecamatan_idx').on(t.type, t.kecamatanCode),
		index('facilities_kecamatan_idx').on(t.kecamatanCode)
	]
);

export type { Bilingual, ChecklistContent, ChecklistItem, ChecklistSection } from '../../../checklist';

/** A published version of a checklist; never changed once used (a change publishes a new version). */
export const checklistTemplates = sqliteTable(
	'checklist_templates',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		type: text('type', { enum: FACILITY_TYPES }).notNull(),
		version: integer('version').notNull(),
		content: text('content', { mode: 'json' }).$type<ChecklistContent>().notNull(),
		note: text('note'),
		publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('checklist_templates_type_version_unique').on(t.type, t.version)]
);

/** draf: the team is filling it · diajukan: submitted for review · dikembalikan: sent back · diterbitkan: public. */
export const AUDIT_STATUSES = ['draf', 'diajukan', 'dikembalikan', 'diterbitkan'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** Scores as shares between 0 and 1; null where every item was "not applicable". */
export interface AuditScores {
	overall: number | null;
	sections: { code: string; score: number | null }[];
}

export const audits = sqliteTable(
	'audits',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		facilityId: integer('facility_id')
			.notNull()
			.references(() => facilities.id),
		templateId: integer('template_id')
			.notNull()
			.references(() => checklistTemplates.id),
		status: text('status', { enum: AUDIT_STATUSES }).notNull().default('draf'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		facilitatorId: text('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
		/** Published reports credit "Forum Anak Kecamatan X", never a child. */
		forumKecamatanCode: text('forum_kecamatan_code').references(() => regions.code),
		auditDate: integer('audit_date', { mode: 'timestamp_ms' }).notNull(),
		reviewNote: text('review_note'),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
		publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
		/** Kept at publication so lists and the dashboard do not rescore. */
		score: real('score'),
		scores: text('scores', { mode: 'json' }).$type<AuditScores>(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('audits_facility_idx').on(t.facilityId, t.status, t.publishedAt),
		index('audits_status_idx').on(t.status, t.publishedAt)
	]
);

export const AUDIT_MEMBER_ROLES = ['anggota', 'fasilitator'] as const;

export const auditMembers = sqliteTable(
	'audit_members',
	{
		auditId: integer('audit_id')
			.notNull()
			.references(() => audits.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: AUDIT_MEMBER_ROLES }).notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.auditId, t.userId] }), index('audit_members_user_idx').on(t.userId)]
);

/** ya · sebagian (partly) · tidak · tb (tidak berlaku, not applicable). */
export const AUDIT_ANSWERS = ['ya', 'sebagian', 'tidak', 'tb'] as const;
export type AuditAnswer = (typeof AUDIT_ANSWERS)[number];

/** The current answer per item: the later answer (by when it was given on the phone) wins. */
export const auditAnswers = sqliteTable(
	'audit_answers',
	{
		auditId: integer('audit_id')
			.notNull()
			.references(() => audits.id, { onDelete: 'cascade' }),
		itemCode: text('item_code').notNull(),
		answer: text('answer', { enum: AUDIT_ANSWERS }).notNull(),
		note: text('note'),
		answeredBy: text('answered_by').references(() => users.id, { onDelete: 'set null' }),
		/** When the member answered on the phone (may be before it reached the server). */
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
		savedAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.auditId, t.itemCode] })]
);

/** Answers replaced by a later one, kept as the item's history. */
export const auditAnswerHistory = sqliteTable(
	'audit_answer_history',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		auditId: integer('audit_id')
			.notNull()
			.references(() => audits.id, { onDelete: 'cascade' }),
		itemCode: text('item_code').notNull(),
		answer: text('answer', { enum: AUDIT_ANSWERS }).notNull(),
		note: text('note'),
		answeredBy: text('answered_by').references(() => users.id, { onDelete: 'set null' }),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
		replacedAt: createdAt()
	},
	(t) => [index('audit_answer_history_item_idx').on(t.auditId, t.itemCode)]
);

export const auditPhotos = sqliteTable(
	'audit_photos',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		auditId: integer('audit_id')
			.notNull()
			.references(() => audits.id, { onDelete: 'cascade' }),
		itemCode: text('item_code').notNull(),
		file: text('file').notNull(),
		uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('audit_photos_item_idx').on(t.auditId, t.itemCode), index('audit_photos_file_idx').on(t.file)]
);

/** terbuka: open · direncanakan: the agency answered with a plan · diperbaiki: marked fixed · selesai: confirmed. */
export const FINDING_STATUSES = ['terbuka', 'direncanakan', 'diperbaiki', 'selesai'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const auditFindings = sqliteTable(
	'audit_findings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		auditId: integer('audit_id')
			.notNull()
			.references(() => audits.id),
		facilityId: integer('facility_id')
			.notNull()
			.references(() => facilities.id),
		itemCode: text('item_code').notNull(),
		isKey: integer('is_key', { mode: 'boolean' }).notNull().default(false),
		note: text('note'),
		opdId: integer('opd_id').references(() => opds.id),
		status: text('status', { enum: FINDING_STATUSES }).notNull().default('terbuka'),
		plan: text('plan'),
		targetDate: integer('target_date', { mode: 'timestamp_ms' }),
		fixedAt: integer('fixed_at', { mode: 'timestamp_ms' }),
		fixedNote: text('fixed_note'),
		fixedPhoto: text('fixed_photo'),
		/** The later audit in which the Forum Anak confirmed or reopened it. */
		checkedInAuditId: integer('checked_in_audit_id'),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('audit_findings_audit_idx').on(t.auditId),
		index('audit_findings_opd_idx').on(t.opdId, t.status),
		index('audit_findings_facility_idx').on(t.facilityId, t.status)
	]
);

export const FINDING_EVENT_KINDS = ['plan', 'fixed', 'confirmed', 'reopened'] as const;

export const findingEvents = sqliteTable(
	'finding_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		findingId: integer('finding_id')
			.notNull()
			.references(() => auditFindings.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: FINDING_EVENT_KINDS }).notNull(),
		note: text('note'),
		/** A plan's target day ('YYYY-MM-DD'), kept apart from its words so each reader sees it in their language. */
		targetDay: text('target_day'),
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Shown publicly instead of a name: 'opd', 'forum_anak', 'fasilitator'. */
		actorRole: text('actor_role').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('finding_events_finding_idx').on(t.findingId, t.id)]
);

/** An aspiration started from an audit finding cites it. */
export const ideaFindings = sqliteTable(
	'idea_findings',
	{
		ideaId: integer('idea_id')
			.primaryKey()
			.references(() => ideas.id, { onDelete: 'cascade' }),
		findingId: integer('finding_id')
			.notNull()
			.references(() => auditFindings.id)
	},
	(t) => [index('idea_findings_finding_idx').on(t.findingId)]
);

export type Facility = typeof facilities.$inferSelect;
export type Audit = typeof audits.$inferSelect;
export type AuditFinding = typeof auditFindings.$inferSelect;
