// Cycles, ideas and everything children do with them: votes, reports, invite codes, notifications,
// and what moderation and safeguarding keep about them.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { regions, users } from './core';
import type { HarmSignals } from '../../../harm-signals';

/** A Musrenbang Anak period; its phase follows from the dates (cycles/phase.ts). */
export const cycles = sqliteTable(
	'cycles',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		planYear: integer('plan_year').notNull(),
		opensAt: integer('opens_at', { mode: 'timestamp_ms' }).notNull(),
		votingClosesAt: integer('voting_closes_at', { mode: 'timestamp_ms' }).notNull(),
		/** The golden tickets go to the planning agency: the selection step runs from the cut-off to here. */
		reviewStartsAt: integer('review_starts_at', { mode: 'timestamp_ms' }).notNull(),
		/** The planning agency answers by then; the cycle is closed afterwards. */
		reviewDeadlineAt: integer('review_deadline_at', { mode: 'timestamp_ms' }).notNull(),
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

/** Words and patterns screening found, by kind; shown to moderators, never public. */
export interface ScreeningHits {
	personal: string[];
	insult: string[];
	harm: string[];
	/** Which signals of harm fired and why (absent on posts screened before they were recorded). */
	signals?: HarmSignals;
}

export type { HarmSignals } from '../../../harm-signals';

export const CLUSTERS = [1, 2, 3, 4, 5] as const;
export const IDEA_LEVELS = ['desa', 'kecamatan', 'kabupaten'] as const;
export type IdeaLevel = (typeof IDEA_LEVELS)[number];
/**
 * menunggu: waiting for moderation · perlu_perbaikan: the author is asked to change something ·
 * terbit: published · ditolak: rejected · ditarik: withdrawn by the author · disembunyikan: hidden after
 * reports · digabung: merged into another idea · perlindungan: a possible disclosure of harm, never public.
 */
export const IDEA_STATUSES = [
	'menunggu',
	'perlu_perbaikan',
	'terbit',
	'ditolak',
	'ditarik',
	'disembunyikan',
	'digabung',
	'perlindungan'
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export const ideas = sqliteTable(
	'ideas',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		cycleId: integer('cycle_id').references(() => cycles.id),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id),
		title: text('title').notNull(),
		body: text('body').notNull(),
		cluster: integer('cluster').notNull(),
		level: text('level', { enum: IDEA_LEVELS }).notNull(),
		/** The place: a desa, a kecamatan or the kabupaten, matching `level`. */
		regionCode: text('region_code')
			.notNull()
			.references(() => regions.code),
		/** The kecamatan the place lies in (null for the whole kabupaten), for filters and the ticket rule. */
		kecamatanCode: text('kecamatan_code').references(() => regions.code),
		photo: text('photo'),
		status: text('status', { enum: IDEA_STATUSES }).notNull().default('menunggu'),
		isGroup: integer('is_group', { mode: 'boolean' }).notNull().default(false),
		groupForum: text('group_forum'),
		groupSize: integer('group_size'),
		/** Kept in step with `votes` inside the vote transaction, so lists sort without counting. */
		voteCount: integer('vote_count').notNull().default(0),
		mergedIntoId: integer('merged_into_id'),
		/** What automatic screening found when the idea was posted or last edited (screening/). */
		screening: text('screening', { mode: 'json' }).$type<ScreeningHits>(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('ideas_status_votes_idx').on(t.status, t.voteCount),
		index('ideas_status_published_idx').on(t.status, t.publishedAt),
		// The list pages walk these in page order (by votes or by date) within a cycle.
		index('ideas_cycle_status_votes_idx').on(t.cycleId, t.status, t.voteCount, t.publishedAt, t.id),
		index('ideas_cycle_status_published_idx').on(t.cycleId, t.status, t.publishedAt, t.id),
		index('ideas_kecamatan_idx').on(t.kecamatanCode, t.status),
		index('ideas_region_idx').on(t.regionCode),
		index('ideas_author_idx').on(t.authorId, t.createdAt)
	]
);

/** The public timeline of an idea: every status change with its reason. */
export const ideaEvents = sqliteTable(
	'idea_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => ideas.id, { onDelete: 'cascade' }),
		status: text('status', { enum: IDEA_STATUSES }).notNull(),
		reason: text('reason'),
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Shown publicly instead of a name: 'penulis', 'fasilitator', 'sistem'. */
		actorRole: text('actor_role').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('idea_events_idea_idx').on(t.ideaId, t.id)]
);

export const votes = sqliteTable(
	'votes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => ideas.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('votes_idea_user_unique').on(t.ideaId, t.userId),
		index('votes_user_cycle_idx').on(t.userId, t.cycleId),
		// The dashboard's participation and votes-by-month read a cycle's votes from this index alone.
		index('votes_cycle_user_created_idx').on(t.cycleId, t.userId, t.createdAt)
	]
);

export const reports = sqliteTable(
	'reports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => ideas.id, { onDelete: 'cascade' }),
		reporterId: text('reporter_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason').notNull(),
		note: text('note'),
		resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('reports_idea_reporter_unique').on(t.ideaId, t.reporterId)]
);

export const inviteCodes = sqliteTable(
	'invite_codes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Printed on paper and typed by children, so kept readable. */
		code: text('code').notNull().unique(),
		label: text('label').notNull(),
		desaCode: text('desa_code').references(() => regions.code),
		maxUses: integer('max_uses').notNull(),
		uses: integer('uses').notNull().default(0),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('invite_codes_created_idx').on(t.createdAt)]
);

export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** A message key suffix (notif_<kind>) so the text is in the reader's language. */
		kind: text('kind').notNull(),
		ideaId: integer('idea_id').references(() => ideas.id, { onDelete: 'cascade' }),
		params: text('params', { mode: 'json' }).$type<Record<string, string | number>>(),
		readAt: integer('read_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.id)]
);

export const SAFEGUARDING_ACTIONS = ['referred_uptd', 'contacted_facilitator', 'no_concern', 'note'] as const;

/** What facilitators did about a possible disclosure of harm. Never public, never exported. */
export const safeguardingActions = sqliteTable(
	'safeguarding_actions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => ideas.id),
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action', { enum: SAFEGUARDING_ACTIONS }).notNull(),
		note: text('note'),
		createdAt: createdAt()
	},
	(t) => [index('safeguarding_actions_idea_idx').on(t.ideaId, t.id)]
);

export const SCREENING_LISTS = ['insult', 'harm'] as const;

/** Words admins add to the shipped screening lists at /admin/moderasi. */
export const screeningWords = sqliteTable(
	'screening_words',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		list: text('list', { enum: SCREENING_LISTS }).notNull(),
		word: text('word').notNull(),
		addedBy: text('added_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('screening_words_unique').on(t.list, t.word)]
);

export type Idea = typeof ideas.$inferSelect;
export type Cycle = typeof cycles.$inferSelect;
