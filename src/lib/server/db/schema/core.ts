// Regions, agencies, accounts, sessions and the audit log.
import { sql } from 'drizzle-orm';
import {
	type AnySQLiteColumn,
	blob,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../../roles';
import { createdAt } from './columns';

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

export { ROLES, type Role } from '../../../roles';
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
		/** Who verified the child and how: 'manual' or 'invite'. */
		verifiedBy: text('verified_by'),
		verificationMethod: text('verification_method', { enum: ['manual', 'invite'] }),
		inviteCodeId: integer('invite_code_id'),
		/** Set when the child deleted the account: personal data is gone, published ideas stay. */
		deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
		/** A facilitator who may open the safeguarding queue (granted by an admin). */
		canSafeguard: integer('can_safeguard', { mode: 'boolean' }).notNull().default(false),
		/** A facilitator suspended this child's posting and voting until then, with a reason. */
		suspendedUntil: integer('suspended_until', { mode: 'timestamp_ms' }),
		suspendReason: text('suspend_reason'),
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

/**
 * Counters of the rate limits, in the layout rate-limiter-flexible's SQLite store reads and writes
 * (key, points, expire in epoch ms), so they survive a restart.
 */
export const rateLimits = sqliteTable(
	'rate_limits',
	{
		key: text('key').primaryKey(),
		points: integer('points').notNull().default(0),
		expire: integer('expire')
	},
	(t) => [index('rate_limits_expire_idx').on(t.expire)]
);

/** A staff member's authenticator-app secret. `enabledAt` stays null until a first code confirms it. */
export const totpCredentials = sqliteTable('totp_credentials', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	secret: blob('secret', { mode: 'buffer' }).notNull(),
	enabledAt: integer('enabled_at', { mode: 'timestamp_ms' }),
	/** The time step of the last accepted code: each code works once. */
	lastCounter: integer('last_counter'),
	createdAt: createdAt()
});

/** Staff roles whose holders must use the second factor (chosen by an admin). */
export const totpRequiredRoles = sqliteTable('totp_required_roles', {
	role: text('role', { enum: ROLES }).primaryKey(),
	requiredBy: text('required_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt()
});

/**
 * A sign-in whose password was right and whose authenticator code is still to come. It is not a
 * session: its token lives in its own cookie that only /masuk/kode reads.
 */
export const signInChallenges = sqliteTable(
	'sign_in_challenges',
	{
		/** SHA-256 of the token, as for sessions. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		failedAttempts: integer('failed_attempts').notNull().default(0),
		createdAt: createdAt()
	},
	(t) => [index('sign_in_challenges_user_idx').on(t.userId)]
);

export type User = typeof users.$inferSelect;
export type Region = typeof regions.$inferSelect;
export type Session = typeof sessions.$inferSelect;
