// Completing a golden-ticket proposal and sending it to the planning agency: a facilitator or the Forum
// Anak of its kecamatan (access.ts), only while it is being written ('disusun').
import { and, eq, inArray } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Actor } from '../auth/permissions';
import type { Db, DbOrTx, Tx } from '../db/client';
import { opds, proposalEvents, proposalFindings, proposals, regions, type Proposal } from '../db/schema';
import { Forbidden, Invalid, NotFound } from '../errors';
import { actorRole, editProblem, mayWorkOn, missingForSubmit } from './access';
import { ProposalIncomplete } from './errors';
import { findingState, linkable } from './findings';
import { TICKET_LIMITS as LIMITS } from '../../ticket-limits';
import { get, row } from './read';

export type ProposalActor = Actor & { desaCode: string | null };

export interface ProposalInput {
	title: string;
	problem: string;
	activity: string;
	kecamatanCode: string | null;
	desaCode: string | null;
	locationNote: string | null;
	beneficiaries: number | null;
	beneficiaryAges: string | null;
	opdId: number | null;
	cost: number | null;
	volume: number | null;
	unit: string | null;
	priority: number;
	cluster: number;
}

/** The kecamatan the actor's desa lies in (Forum Anak members work for their own kecamatan). */
function kecamatanOf(db: DbOrTx, actor: ProposalActor): string | null {
	if (!actor.desaCode) return null;
	return (
		db.select({ parent: regions.parentCode }).from(regions).where(eq(regions.code, actor.desaCode)).get()
			?.parent ?? null
	);
}

function editable(tx: DbOrTx, actor: ProposalActor, id: number, now: Date): Proposal {
	const p = row(tx, id);
	const problem = editProblem(actor, kecamatanOf(tx, actor), p, now);
	if (problem === 'ticket_forbidden') throw new Forbidden(problem);
	if (problem) throw new Invalid(problem);
	return p;
}

const text = (s: string | null) => (s && s.trim() ? s.trim() : null);
const within = (n: number | null, min: number, max: number, int = true) =>
	n === null || (Number.isFinite(n) && n >= min && n <= max && (!int || Number.isInteger(n)));

/** Checks the input against the limits and the regions and agencies that exist; returns it cleaned. */
function clean(db: DbOrTx, input: ProposalInput) {
	const v = {
		...input,
		title: input.title.trim(),
		problem: input.problem.trim(),
		activity: input.activity.trim(),
		locationNote: text(input.locationNote),
		beneficiaryAges: text(input.beneficiaryAges),
		unit: text(input.unit)
	};
	const lengths: [keyof ProposalInput, string | null, number, number][] = [
		['title', v.title, LIMITS.titleMin, LIMITS.titleMax],
		['problem', v.problem, LIMITS.problemMin, LIMITS.problemMax],
		['activity', v.activity, 0, LIMITS.activityMax],
		['locationNote', v.locationNote, 0, LIMITS.locationNoteMax],
		['beneficiaryAges', v.beneficiaryAges, 0, LIMITS.agesMax],
		['unit', v.unit, 0, LIMITS.unitMax]
	];
	for (const [field, s, min, max] of lengths)
		if ((s?.length ?? 0) < min || (s?.length ?? 0) > max) throw new Invalid('ticket_field', field);
	const ranges: [keyof ProposalInput, number | null, number, number, boolean?][] = [
		['beneficiaries', v.beneficiaries, 1, LIMITS.beneficiariesMax],
		['cost', v.cost, 0, LIMITS.costMax],
		['volume', v.volume, Number.MIN_VALUE, LIMITS.volumeMax, false],
		['priority', v.priority, 1, LIMITS.priorityMax],
		['cluster', v.cluster, 1, 5]
	];
	for (const [field, n, min, max, int] of ranges)
		if (!within(n, min, max, int)) throw new Invalid('ticket_field', field);
	const places = [v.kecamatanCode, v.desaCode].filter((c): c is string => !!c);
	const found = places.length ? db.select().from(regions).where(inArray(regions.code, places)).all() : [];
	const kec = found.find((r) => r.code === v.kecamatanCode);
	if (v.kecamatanCode && kec?.level !== 'kecamatan') throw new Invalid('ticket_place', 'kecamatanCode');
	const village = found.find((r) => r.code === v.desaCode);
	if (v.desaCode && (!v.kecamatanCode || village?.parentCode !== v.kecamatanCode))
		throw new Invalid('ticket_desa_outside', 'desaCode');
	if (v.opdId !== null && !db.select({ id: opds.id }).from(opds).where(eq(opds.id, v.opdId)).get())
		throw new Invalid('ticket_opd_unknown', 'opdId');
	return { ...v, kecamatanCode: v.kecamatanCode || null, desaCode: v.desaCode || null };
}

function apply(tx: Tx, actor: ProposalActor, before: Proposal, input: ProposalInput, now: Date): Proposal {
	const values = clean(tx, input);
	const changed = (Object.keys(values) as (keyof ProposalInput)[]).filter((k) => values[k] !== before[k]);
	tx.update(proposals)
		.set({ ...values, updatedAt: now })
		.where(eq(proposals.id, before.id))
		.run();
	if (changed.length > 0)
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'proposal.update',
			targetType: 'proposal',
			targetId: String(before.id),
			details: { changed }
		});
	return { ...before, ...values };
}

/** Who may open the proposal's form, and whether they may still change it. */
export function forEditor(db: Db, actor: ProposalActor, id: number, now = new Date()) {
	const detail = get(db, id);
	const ownKecamatan = kecamatanOf(db, actor);
	if (!mayWorkOn(actor, ownKecamatan, detail, now)) throw new Forbidden('ticket_forbidden');
	return {
		...detail,
		editable: editProblem(actor, ownKecamatan, detail, now) === null,
		missing: missingForSubmit(detail),
		linkable: detail.status === 'disusun' ? linkable(db, detail) : []
	};
}

/**
 * Saves the proposal. Throws NotFound (proposal), Forbidden (ticket_forbidden), Invalid
 * (ticket_not_editable, ticket_field, ticket_place, ticket_desa_outside, ticket_opd_unknown).
 */
export function updateProposal(
	db: Db,
	actor: ProposalActor,
	id: number,
	input: ProposalInput,
	now = new Date()
) {
	db.transaction((tx) => apply(tx, actor, editable(tx, actor, id, now), input, now), {
		behavior: 'immediate'
	});
}

/**
 * Sends the proposal to the planning agency ('disusun' → 'diajukan'), saving `input` first when given;
 * refused with ProposalIncomplete (nothing saved) while a required field is empty.
 */
export function submitProposal(
	db: Db,
	actor: ProposalActor,
	id: number,
	input?: ProposalInput,
	now = new Date()
): void {
	db.transaction(
		(tx) => {
			const before = editable(tx, actor, id, now);
			const p = input ? apply(tx, actor, before, input, now) : before;
			const missing = missingForSubmit(p);
			if (missing.length > 0) throw new ProposalIncomplete(missing);
			tx.update(proposals)
				.set({ status: 'diajukan', submittedAt: now, updatedAt: now })
				.where(and(eq(proposals.id, id), eq(proposals.status, 'disusun')))
				.run();
			tx.insert(proposalEvents)
				.values({
					proposalId: id,
					kind: 'submitted',
					status: 'diajukan',
					actorId: actor.id,
					actorRole: actorRole(actor, now),
					createdAt: now
				})
				.run();
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'proposal.submit',
				targetType: 'proposal',
				targetId: String(id)
			});
		},
		{ behavior: 'immediate' }
	);
}

/**
 * Cites a finding of a published audit as evidence. Throws NotFound (proposal, finding), Forbidden
 * (ticket_forbidden), Invalid (ticket_not_editable, ticket_finding_unpublished). Linking twice is harmless.
 */
export function linkFinding(
	db: Db,
	actor: ProposalActor,
	proposalId: number,
	findingId: number,
	now = new Date()
) {
	db.transaction(
		(tx) => {
			editable(tx, actor, proposalId, now);
			const state = findingState(tx, findingId);
			if (state === 'missing') throw new NotFound('finding');
			if (state === 'unpublished') throw new Invalid('ticket_finding_unpublished', 'findingId');
			const added = tx
				.insert(proposalFindings)
				.values({ proposalId, findingId })
				.onConflictDoNothing()
				.run().changes;
			if (added)
				auditLog.record(tx, {
					actorId: actor.id,
					action: 'proposal.link_finding',
					targetType: 'proposal',
					targetId: String(proposalId),
					details: { findingId }
				});
		},
		{ behavior: 'immediate' }
	);
}

export function unlinkFinding(
	db: Db,
	actor: ProposalActor,
	proposalId: number,
	findingId: number,
	now = new Date()
) {
	db.transaction(
		(tx) => {
			editable(tx, actor, proposalId, now);
			const removed = tx
				.delete(proposalFindings)
				.where(and(eq(proposalFindings.proposalId, proposalId), eq(proposalFindings.findingId, findingId)))
				.run().changes;
			if (removed)
				auditLog.record(tx, {
					actorId: actor.id,
					action: 'proposal.unlink_finding',
					targetType: 'proposal',
					targetId: String(proposalId),
					details: { findingId }
				});
		},
		{ behavior: 'immediate' }
	);
}
