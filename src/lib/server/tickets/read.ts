// Reading proposals: one proposal with everything around it, a cycle's confirmed tickets and changes.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../db/client';
import {
	cycles,
	ideas,
	opds,
	proposals,
	regions,
	ticketChanges,
	ticketSelections,
	users
} from '../db/schema';
import { NotFound } from '../errors';
import { timeline } from '../reviews/detail';
import { evidence } from './findings';

const desa = alias(regions, 'desa');
const kecamatan = alias(regions, 'kecamatan');
const authorDesa = alias(regions, 'author_desa');

/** The author as the public may see them: nickname and desa only (null: a deleted account). */
const author = {
	authorName: users.username,
	authorDeleted: users.deletedAt,
	authorDesa: authorDesa.name
};

export function row(db: DbOrTx, id: number) {
	const p = db.select().from(proposals).where(eq(proposals.id, id)).get();
	if (!p) throw new NotFound('proposal');
	return p;
}

/**
 * One proposal with its cycle, idea (author by nickname and desa), place and agency names, the ideas
 * merged into it, its evidence from published audits and its timeline.
 */
export function get(db: DbOrTx, id: number) {
	const found = db
		.select({
			proposal: proposals,
			cycleName: cycles.name,
			planYear: cycles.planYear,
			ideaTitle: ideas.title,
			...author,
			desaName: desa.name,
			kecamatanName: kecamatan.name,
			opdName: opds.name
		})
		.from(proposals)
		.innerJoin(cycles, eq(proposals.cycleId, cycles.id))
		.innerJoin(ideas, eq(proposals.ideaId, ideas.id))
		.innerJoin(users, eq(ideas.authorId, users.id))
		.leftJoin(authorDesa, eq(users.desaCode, authorDesa.code))
		.leftJoin(desa, eq(proposals.desaCode, desa.code))
		.leftJoin(kecamatan, eq(proposals.kecamatanCode, kecamatan.code))
		.leftJoin(opds, eq(proposals.opdId, opds.id))
		.where(eq(proposals.id, id))
		.get();
	if (!found) throw new NotFound('proposal');
	const { proposal, authorName, authorDeleted, authorDesa: authorDesaName, ...names } = found;
	const merged = db
		.select({ id: ideas.id, title: ideas.title, voteCount: ideas.voteCount })
		.from(ideas)
		.where(and(eq(ideas.mergedIntoId, proposal.ideaId), eq(ideas.status, 'digabung')))
		.orderBy(asc(ideas.id))
		.all();
	const events = timeline(db, id);
	return {
		...proposal,
		...names,
		author: authorDeleted ? null : { name: authorName, desa: authorDesaName },
		mergedIdeas: merged,
		findings: evidence(db, id, [proposal.ideaId, ...merged.map((m) => m.id)]),
		events
	};
}

export type ProposalDetail = ReturnType<typeof get>;

/** A cycle's confirmation: who and when, the rule used, every change with its reason, the proposals. */
export function confirmedSelection(db: DbOrTx, cycleId: number) {
	const selection = db
		.select({
			minVotes: ticketSelections.minVotes,
			perKecamatan: ticketSelections.perKecamatan,
			forKabupaten: ticketSelections.forKabupaten,
			confirmedAt: ticketSelections.confirmedAt,
			confirmedBy: users.username
		})
		.from(ticketSelections)
		.leftJoin(users, eq(ticketSelections.confirmedBy, users.id))
		.where(eq(ticketSelections.cycleId, cycleId))
		.get();
	if (!selection) return null;
	const changes = db
		.select({
			ideaId: ticketChanges.ideaId,
			title: ideas.title,
			change: ticketChanges.change,
			reason: ticketChanges.reason,
			createdAt: ticketChanges.createdAt
		})
		.from(ticketChanges)
		.innerJoin(ideas, eq(ticketChanges.ideaId, ideas.id))
		.where(eq(ticketChanges.cycleId, cycleId))
		.orderBy(asc(ticketChanges.id))
		.all();
	const tickets = db
		.select({
			id: proposals.id,
			ideaId: proposals.ideaId,
			title: proposals.title,
			source: proposals.source,
			votes: proposals.votes,
			priority: proposals.priority,
			status: proposals.status,
			kecamatanName: kecamatan.name
		})
		.from(proposals)
		.leftJoin(kecamatan, eq(proposals.kecamatanCode, kecamatan.code))
		.where(eq(proposals.cycleId, cycleId))
		.orderBy(asc(proposals.priority), asc(proposals.id))
		.all();
	return { ...selection, changes, tickets };
}
