// What the planning agency and the OPDs do to a golden-ticket proposal. Each change is one
// transaction: the proposal, its public timeline, the children's notifications and the audit log.
import { and, eq, isNull, or } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { can, type Actor } from '../auth/permissions';
import { config } from '../config';
import type { Db, DbOrTx } from '../db/client';
import { cycles, ideas, opds, proposalEvents, proposals, users, votes } from '../db/schema';
import { Conflict, Forbidden, NotFound } from '../errors';
import * as notifications from '../notifications';
import * as uploads from '../uploads';
import { decide as rule, progressNote, type DecisionInput } from './rules';

function load(db: DbOrTx, id: number) {
	const row = db
		.select({
			id: proposals.id,
			ideaId: proposals.ideaId,
			status: proposals.status,
			opdId: proposals.opdId,
			answeredAt: proposals.answeredAt,
			cyclePlanYear: cycles.planYear
		})
		.from(proposals)
		.innerJoin(cycles, eq(proposals.cycleId, cycles.id))
		.where(eq(proposals.id, id))
		.get();
	if (!row) throw new NotFound('review_proposal');
	return row;
}

/**
 * Who hears about a decision: the idea's author and the authors of ideas merged into it (their votes
 * moved here), told about "your idea"; and every other child who supported it, told about "an idea you
 * supported". Deleted accounts are left out.
 */
export function audience(db: DbOrTx, ideaId: number): { authors: string[]; supporters: string[] } {
	const live = isNull(users.deletedAt);
	const authors = db
		.select({ id: ideas.authorId })
		.from(ideas)
		.innerJoin(users, eq(ideas.authorId, users.id))
		.where(and(or(eq(ideas.id, ideaId), eq(ideas.mergedIntoId, ideaId)), live))
		.all()
		.map((r) => r.id);
	const supporters = db
		.select({ id: votes.userId })
		.from(votes)
		.innerJoin(users, eq(votes.userId, users.id))
		.where(and(eq(votes.ideaId, ideaId), live))
		.all()
		.map((r) => r.id)
		.filter((id) => !authors.includes(id));
	return { authors, supporters };
}

/** Accepts, defers or declines, as the planning agency; the first answer sets answered_at. */
export function decide(
	db: Db,
	actor: Actor,
	proposalId: number,
	input: Exclude<DecisionInput, { status: 'direalisasikan' }>,
	now = new Date()
) {
	record(db, actor, proposalId, input, now);
}

/**
 * Marks an accepted proposal done, as the planning agency, with the day, a note for the children and
 * the posted `photo` (none, or an empty file, is no photo): stored with the decision, never without it.
 */
export function realise(
	db: Db,
	actor: Actor,
	proposalId: number,
	input: { realisedAt: Date; note: string },
	photo: File | null,
	now = new Date(),
	dir = config.uploadsDir
): Promise<void> {
	return uploads.withPhoto(
		photo,
		(name) => record(db, actor, proposalId, { status: 'direalisasikan', ...input, photo: name }, now),
		dir
	);
}

function record(db: Db, actor: Actor, proposalId: number, input: DecisionInput, now: Date) {
	if (!can(actor, 'review.proposals', now)) throw new Forbidden('review');
	db.transaction((tx) => {
		const p = load(tx, proposalId);
		const { patch, note } = rule(p.status, input, { cyclePlanYear: p.cyclePlanYear, now });
		tx.update(proposals)
			.set({ ...patch, answeredAt: p.answeredAt ?? now, updatedAt: now })
			.where(and(eq(proposals.id, p.id), eq(proposals.status, p.status)))
			.run();
		tx.insert(proposalEvents)
			.values({
				proposalId: p.id,
				kind: 'status',
				status: patch.status,
				note,
				actorId: actor.id,
				actorRole: 'bappeda',
				createdAt: now
			})
			.run();
		const { authors, supporters } = audience(tx, p.ideaId);
		const params = { status: patch.status };
		notifications.notifyMany(tx, authors, { kind: 'idea_decision', ideaId: p.ideaId, params });
		notifications.notifyMany(tx, supporters, { kind: 'supported_idea_decision', ideaId: p.ideaId, params });
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'proposal.decide',
			targetType: 'proposal',
			targetId: String(p.id),
			reason: patch.reason ?? null,
			details: { from: p.status, to: patch.status, ...detailsOf(input) }
		});
	});
}

function detailsOf(input: DecisionInput): Record<string, unknown> {
	switch (input.status) {
		case 'diterima':
			return { programName: input.programName, planYear: input.planYear, amount: input.amount };
		case 'ditunda':
			return { deferredToYear: input.deferredToYear ?? null };
		case 'direalisasikan':
			return { realisedAt: input.realisedAt.toISOString(), photo: input.photo ?? null };
		default:
			return {};
	}
}

/**
 * Gives the proposal to the agency that will carry it out. Returns false when it already had it.
 * A draft is still the facilitators' and the Forum Anak's: the planning agency waits for it.
 */
export function assignOpd(db: Db, actor: Actor, proposalId: number, opdId: number, now = new Date()) {
	if (!can(actor, 'review.proposals', now)) throw new Forbidden('review');
	return db.transaction((tx) => {
		const p = load(tx, proposalId);
		if (p.status === 'disusun') throw new Conflict('review_not_submitted');
		const opd = tx.select({ id: opds.id, name: opds.name }).from(opds).where(eq(opds.id, opdId)).get();
		if (!opd) throw new NotFound('review_opd', 'opdId');
		if (p.opdId === opd.id) return false;
		tx.update(proposals).set({ opdId: opd.id, updatedAt: now }).where(eq(proposals.id, p.id)).run();
		tx.insert(proposalEvents)
			.values({
				proposalId: p.id,
				kind: 'opd',
				opdId: opd.id,
				actorId: actor.id,
				actorRole: 'bappeda',
				createdAt: now
			})
			.run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'proposal.assign_opd',
			targetType: 'proposal',
			targetId: String(p.id),
			details: { from: p.opdId, to: opd.id }
		});
		return true;
	});
}

/** The OPD's own account of what it is doing. Only staff of the assigned agency; never a decision. */
export function addProgress(db: Db, actor: Actor, proposalId: number, note: string, now = new Date()) {
	if (!can(actor, 'opd.respond', now)) throw new Forbidden('review_opd_only');
	const text = progressNote(note);
	db.transaction((tx) => {
		const p = load(tx, proposalId);
		// The agency is read from the account, not the session, so a moved staff member loses access at once.
		const mine = tx
			.select({ opdId: users.opdId })
			.from(users)
			.where(and(eq(users.id, actor.id), isNull(users.deactivatedAt)))
			.get();
		if (!mine?.opdId || p.opdId !== mine.opdId) throw new Forbidden('review_opd_not_assigned');
		if (p.status === 'disusun') throw new Conflict('review_not_submitted');
		tx.insert(proposalEvents)
			.values({
				proposalId: p.id,
				kind: 'progress',
				note: text,
				opdId: mine.opdId,
				actorId: actor.id,
				actorRole: 'opd',
				createdAt: now
			})
			.run();
		tx.update(proposals).set({ updatedAt: now }).where(eq(proposals.id, p.id)).run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'proposal.progress',
			targetType: 'proposal',
			targetId: String(p.id)
		});
	});
}
