// Confirming a cycle's golden tickets: the computed shortlist, as is or with changes that each carry a
// public reason, becomes one proposal per ticket — all in one transaction, or nothing.
import { eq } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { can, type Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import {
	cycles,
	proposalEvents,
	proposals,
	ticketChanges,
	ticketSelections,
	type TicketChange
} from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import * as notifications from '../notifications';
import { ChangeRefused } from './errors';
import { TICKET_LIMITS as LIMITS } from '../../ticket-limits';
import { linesFor, type ShortlistLine } from './shortlist';

export interface ChangeInput {
	ideaId: number;
	change: TicketChange;
	reason: string;
}

export interface ConfirmResult {
	proposalIds: number[];
}

/** Reasons are shown publicly next to the ticket, so each must say something. */
function checkChanges(changes: readonly ChangeInput[]): ChangeInput[] {
	const seen = new Set<number>();
	return changes.map((c) => {
		if (seen.has(c.ideaId)) throw new ChangeRefused('ticket_change_twice', c.ideaId);
		seen.add(c.ideaId);
		const reason = c.reason.trim();
		if (reason.length < LIMITS.reasonMin || reason.length > LIMITS.reasonMax)
			throw new ChangeRefused('ticket_reason', c.ideaId);
		return { ...c, reason };
	});
}

/** The final tickets: winners not skipped plus added ideas, best standing first (the line order). */
function finalTickets(lines: ShortlistLine[], changes: ChangeInput[]) {
	const byId = new Map(lines.map((l) => [l.ideaId, l]));
	for (const c of changes) {
		const line = byId.get(c.ideaId);
		if (c.change === 'add' && (!line || line.status !== 'terbit' || line.slot !== null))
			throw new ChangeRefused('ticket_add_invalid', c.ideaId);
		if (c.change === 'skip' && (!line || line.slot === null))
			throw new ChangeRefused('ticket_skip_invalid', c.ideaId);
	}
	const skipped = new Set(changes.filter((c) => c.change === 'skip').map((c) => c.ideaId));
	const added = new Set(changes.filter((c) => c.change === 'add').map((c) => c.ideaId));
	return lines
		.filter((l) => (l.slot !== null && !skipped.has(l.ideaId)) || added.has(l.ideaId))
		.map((l) => ({ line: l, source: added.has(l.ideaId) ? ('added' as const) : l.slot! }));
}

function createProposals(
	tx: Tx,
	actor: Actor,
	cycleId: number,
	tickets: ReturnType<typeof finalTickets>,
	now: Date
) {
	return tickets.map(({ line, source }, i) => {
		const row = tx
			.insert(proposals)
			.values({
				cycleId,
				ideaId: line.ideaId,
				source,
				votes: line.votes,
				priority: i + 1,
				title: line.title,
				problem: line.body,
				// The formal activity name is written by people who know the SIPD catalogue.
				activity: '',
				desaCode: line.level === 'desa' ? line.regionCode : null,
				kecamatanCode: line.kecamatanCode,
				cluster: line.cluster,
				createdAt: now
			})
			.returning({ id: proposals.id })
			.get();
		tx.insert(proposalEvents)
			.values({
				proposalId: row.id,
				kind: 'created',
				status: 'disusun',
				actorId: actor.id,
				actorRole: 'fasilitator',
				createdAt: now
			})
			.run();
		return row.id;
	});
}

/** The tickets a confirmation would make, after every check; throws what `confirm` throws. */
function plan(db: Db | Tx, actor: Actor, cycleId: number, changes: readonly ChangeInput[], now: Date) {
	if (!can(actor, 'moderate', now)) throw new Forbidden('moderate');
	const checked = checkChanges(changes);
	const cycle = db.select().from(cycles).where(eq(cycles.id, cycleId)).get();
	if (!cycle) throw new NotFound('cycle');
	if (now.getTime() < cycle.votingClosesAt.getTime()) throw new Conflict('ticket_too_early');
	const { rule, lines, confirmedAt } = linesFor(db, cycle);
	if (confirmedAt) throw new Conflict('ticket_confirmed');
	return { rule, checked, tickets: finalTickets(lines, checked) };
}

/**
 * Checks a confirmation without writing anything, so the page asks "Yakin?" only for one that would go
 * through. Throws what `confirm` throws.
 */
export function checkConfirm(
	db: Db,
	actor: Actor,
	cycleId: number,
	changes: readonly ChangeInput[],
	now = new Date()
): void {
	plan(db, actor, cycleId, changes, now);
}

/**
 * Confirms the shortlist of a cycle whose voting has closed. Throws Forbidden (moderate), NotFound (cycle),
 * Conflict (ticket_too_early, ticket_confirmed), ChangeRefused (ticket_reason, ticket_change_twice,
 * ticket_add_invalid, ticket_skip_invalid). Writes the selection with the rule used, each change, one
 * proposal per final ticket with its 'created' event, a note to each winning author, and the audit log.
 */
export function confirm(
	db: Db,
	actor: Actor,
	cycleId: number,
	changes: readonly ChangeInput[],
	now = new Date()
): ConfirmResult {
	return db.transaction(
		(tx) => {
			const { rule, checked, tickets } = plan(tx, actor, cycleId, changes, now);

			tx.insert(ticketSelections)
				.values({ cycleId, ...rule, confirmedBy: actor.id, confirmedAt: now })
				.run();
			if (checked.length > 0)
				tx.insert(ticketChanges)
					.values(checked.map((c) => ({ cycleId, ...c, actorId: actor.id, createdAt: now })))
					.run();
			const proposalIds = createProposals(tx, actor, cycleId, tickets, now);

			// An author who deleted the account (no name left) is not told: nobody would read it.
			for (const { line } of tickets)
				if (line.authorName !== null)
					notifications.notify(tx, {
						userId: line.authorId,
						kind: 'idea_golden_ticket',
						ideaId: line.ideaId
					});

			auditLog.record(tx, {
				actorId: actor.id,
				action: 'ticket.confirm',
				targetType: 'cycle',
				targetId: String(cycleId),
				details: { rule, tickets: tickets.map((t) => t.line.ideaId), changes: checked.length }
			});
			for (const c of checked)
				auditLog.record(tx, {
					actorId: actor.id,
					action: `ticket.${c.change}`,
					targetType: 'idea',
					targetId: String(c.ideaId),
					reason: c.reason,
					details: { cycleId }
				});
			return { proposalIds };
		},
		{ behavior: 'immediate' }
	);
}
