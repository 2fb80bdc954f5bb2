// The one database schema. Timestamps are epoch milliseconds (integer, mode timestamp_ms).
import { sql } from 'drizzle-orm';
import { ROLES } from '../../roles';
import {
	type AnySQLiteColumn,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

export const REGION_LEVELS = ['provinsi', 'kabupaten', 'kecamatan', 'desa', 'kelurahan'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const regions = sqliteTable(
	'regions',
	{
		code: text('code').primaryKey(),
		name: text('name').notNull(),
		level: text('level', { enum: REGION_LEVELS }).notNull(),
		parentCode: text('parent_code').references((): AnySQLiteColumn => regions.code)
	},
	(t) => [index('regions_parent_idx').on(t.parentCode), index('regions_level_idx').on(t.level, t.name)]
);

export const opds = sqliteTable('opds', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	name: text('name').notNull()
});

export { ROLES, type Role } from '../../roles';
export const GENDERS = ['laki', 'perempuan'] as const;

export const users = sqliteTable(
	'users',
	{
		id: text('id').primaryKey(),
		/** Children sign in with their nickname, staff with a username: one case-insensitive namespace. */
		username: text('username').notNull(),
		email: text('email'),
		passwordHash: text('password_hash').notNull(),
		kind: text('kind', { enum: ['child', 'staff'] }).notNull(),
		displayName: text('display_name'),
		birthYear: integer('birth_year'),
		birthMonth: integer('birth_month'),
		desaCode: text('desa_code').references(() => regions.code),
		gender: text('gender', { enum: GENDERS }),
		guardianConsentAt: integer('guardian_consent_at', { mode: 'timestamp_ms' }),
		verifiedAt: integer('verified_at', { mode: 'timestamp_ms' }),
		opdId: integer('opd_id').references(() => opds.id),
		deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('users_username_nocase').on(sql`lower(${t.username})`),
		uniqueIndex('users_email_nocase').on(sql`lower(${t.email})`),
		index('users_desa_idx').on(t.desaCode)
	]
);

export const userRoles = sqliteTable(
	'user_roles',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ROLES }).notNull(),
		grantedAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.userId, t.role] }), index('user_roles_role_idx').on(t.role)]
);

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 of the token, hex encoded: the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const passwordResetCodes = sqliteTable(
	'password_reset_codes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		failedAttempts: integer('failed_attempts').notNull().default(0),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('reset_codes_user_idx').on(t.userId)]
);

/** Who did what to whom, when and why. Later issues write moderation, selection and review here too. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		targetType: text('target_type').notNull(),
		targetId: text('target_id'),
		reason: text('reason'),
		details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
		createdAt: createdAt()
	},
	(t) => [
		index('audit_log_created_idx').on(t.createdAt),
		index('audit_log_target_idx').on(t.targetType, t.targetId),
		index('audit_log_actor_idx').on(t.actorId)
	]
);

/** A Musrenbang Anak period. The aspirations issue adds the screens; the demo needs one open cycle. */
export const cycles = sqliteTable(
	'cycles',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		planYear: integer('plan_year').notNull(),
		opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
		votingClosesAt: integer('voting_closes_at', { mode: 'timestamp_ms' }).notNull(),
		reviewDeadlineAt: integer('review_deadline_at', { mode: 'timestamp_ms' }).notNull(),
		closesAt: integer('closes_at', { mode: 'timestamp_ms' }).notNull(),
		voteBudget: integer('vote_budget').notNull().default(5),
		minVotesForTicket: integer('min_votes_for_ticket').notNull().default(10),
		ticketsPerKecamatan: integer('tickets_per_kecamatan').notNull().default(2),
		ticketsForKabupaten: integer('tickets_for_kabupaten').notNull().default(5),
		reportsToHide: integer('reports_to_hide').notNull().default(3),
		answerDays: integer('answer_days').notNull().default(30),
		createdAt: createdAt()
	},
	(t) => [index('cycles_opens_idx').on(t.opensAt)]
);

export type User = typeof users.$inferSelect;
export type Region = typeof regions.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Cycle = typeof cycles.$inferSelect;
