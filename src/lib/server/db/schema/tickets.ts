// Golden tickets: the confirmed shortlist of a cycle and the formal proposals Bappeda reviews.
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { opds, regions, users } from './core';
import { auditFindings } from './facilities';
import { cycles, ideas } from './ideas';

/** A facilitator confirmed a cycle's shortlist; the rule used is kept as it was then. */
export const ticketSelections = sqliteTable('ticket_selections', {
	cycleId: integer('cycle_id')
		.primaryKey()
		.references(() => cycles.id),
	minVotes: integer('min_votes').notNull(),
	perKecamatan: integer('per_kecamatan').notNull(),
	forKabupaten: integer('for_kabupaten').notNull(),
	confirmedBy: text('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
	confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }).notNull()
});

export const TICKET_CHANGES = ['add', 'skip'] as const;
export type TicketChange = (typeof TICKET_CHANGES)[number];

/** A change a facilitator made to the computed shortlist, with the public reason. */
export const ticketChanges = sqliteTable(
	'ticket_changes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => ideas.id),
		change: text('change', { enum: TICKET_CHANGES }).notNull(),
		reason: text('reason').notNull(),
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('ticket_changes_cycle_idea_unique').on(t.cycleId, t.ideaId)]
);

/**
 * disusun: being written by the facilitator and the Forum Anak · diajukan: sent, waiting for the planning
 * agency · diterima: accepted into the RKPD · ditunda: deferred · ditolak: declined · direalisasikan: done.
 */
export const PROPOSAL_STATUSES = [
	'disusun',
	'diajukan',
	'diterima',
	'ditunda',
	'ditolak',
	'direalisasikan'
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const TICKET_SOURCES = ['kecamatan', 'kabupaten', 'added'] as const;

/** The formal proposal made from a golden ticket (one per winning idea). Money in whole rupiah. */
export const proposals = sqliteTable(
	'proposals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		cycleId: integer('cycle_id')
			.notNull()
			.references(() => cycles.id),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => ideas.id),
		/** How the ticket was won: a kecamatan slot, a kabupaten slot, or added by a facilitator. */
		source: text('source', { enum: TICKET_SOURCES }).notNull(),
		/** Verified votes when the shortlist was confirmed. */
		votes: integer('votes').notNull(),
		priority: integer('priority').notNull(),
		title: text('title').notNull(),
		problem: text('problem').notNull(),
		activity: text('activity').notNull(),
		desaCode: text('desa_code').references(() => regions.code),
		kecamatanCode: text('kecamatan_code').references(() => regions.code),
		locationNote: text('location_note'),
		beneficiaries: integer('beneficiaries'),
		beneficiaryAges: text('beneficiary_ages'),
		opdId: integer('opd_id').references(() => opds.id),
		cost: integer('cost'),
		volume: real('volume'),
		unit: text('unit'),
		cluster: integer('cluster').notNull(),
		status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('disusun'),
		programName: text('program_name'),
		planYear: integer('plan_year'),
		amount: integer('amount'),
		/** Why it was deferred or declined, written for children. */
		reason: text('reason'),
		deferredToYear: integer('deferred_to_year'),
		realisedAt: integer('realised_at', { mode: 'timestamp_ms' }),
		realisationNote: text('realisation_note'),
		realisationPhoto: text('realisation_photo'),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		/** The planning agency's first answer, for "on time" and days-to-answer figures. */
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		uniqueIndex('proposals_idea_unique').on(t.ideaId),
		index('proposals_cycle_status_idx').on(t.cycleId, t.status),
		index('proposals_opd_idx').on(t.opdId, t.status),
		index('proposals_kecamatan_idx').on(t.kecamatanCode)
	]
);

export const PROPOSAL_EVENT_KINDS = ['created', 'submitted', 'status', 'opd', 'progress'] as const;

/** The public timeline of a proposal: decisions, agency assignments and the agency's progress notes. */
export const proposalEvents = sqliteTable(
	'proposal_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: PROPOSAL_EVENT_KINDS }).notNull(),
		status: text('status', { enum: PROPOSAL_STATUSES }),
		note: text('note'),
		opdId: integer('opd_id').references(() => opds.id),
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Shown publicly instead of a name: 'bappeda', 'opd', 'fasilitator', 'sistem'. */
		actorRole: text('actor_role').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('proposal_events_proposal_idx').on(t.proposalId, t.id)]
);

/** Audit findings cited as evidence for a proposal. */
export const proposalFindings = sqliteTable(
	'proposal_findings',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		findingId: integer('finding_id')
			.notNull()
			.references(() => auditFindings.id)
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.findingId] })]
);

export type Proposal = typeof proposals.$inferSelect;
