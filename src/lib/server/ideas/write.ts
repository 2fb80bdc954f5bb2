// Posting, editing and withdrawing ideas: the author's verbs.
import { and, count, eq, gt } from 'drizzle-orm';
import { can, hasRole, isSuspended, type Actor } from '../auth/permissions';
import { config } from '../config';
import * as cycles from '../cycles';
import type { Db, DbOrTx } from '../db/client';
import {
	ideaEvents,
	ideas,
	notifications as notificationsTable,
	proposals,
	regions,
	type IdeaLevel,
	type IdeaStatus,
	type ScreeningHits
} from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { checkCitable, linkIdea } from '../facilities/idea-link';
import * as notifications from '../notifications';
import * as screening from '../screening';
import * as uploads from '../uploads';
import * as votes from '../votes';
import {
	EDITABLE_STATUSES,
	GROUP_SIZE_MAX,
	IDEAS_PER_DAY,
	placeLevels,
	textProblem,
	WITHDRAWABLE_STATUSES
} from './rules';

export interface IdeaInput {
	title: string;
	body: string;
	cluster: number;
	level: IdeaLevel;
	regionCode: string;
	group?: { forum: string; size: number } | null;
	/** The audit finding this idea was started from (Forum Anak only); cited as its evidence. */
	findingId?: number | null;
}

const DAY = 86_400_000;

export function addEvent(
	tx: DbOrTx,
	e: { ideaId: number; status: IdeaStatus; actorId: string | null; actorRole: string; reason?: string | null }
) {
	tx.insert(ideaEvents)
		.values({ ...e, reason: e.reason ?? null })
		.run();
}

/** Checks the text and the place; returns the kecamatan the place lies in. */
function checkInput(db: Db, actor: Actor, input: IdeaInput): { kecamatanCode: string | null } {
	const problem = textProblem(input);
	if (problem) throw new Invalid(problem[0], problem[1]);
	const place = db.select().from(regions).where(eq(regions.code, input.regionCode)).get();
	// A place outside the kabupaten's tree, or of the wrong level, is refused.
	if (!place || !placeLevels(input.level).includes(place.level))
		throw new Invalid('idea_place', 'regionCode');
	if (input.group) {
		if (!hasRole(actor, 'forum_anak')) throw new Forbidden('idea_group_forum_only', 'group');
		const forum = input.group.forum.trim();
		if (forum.length < 3 || forum.length > 100) throw new Invalid('idea_group_forum', 'groupForum');
		if (!Number.isInteger(input.group.size) || input.group.size < 2 || input.group.size > GROUP_SIZE_MAX)
			throw new Invalid('idea_group_size', 'groupSize');
	}
	if (input.level === 'kabupaten') return { kecamatanCode: null };
	if (input.level === 'kecamatan') return { kecamatanCode: place.code };
	return { kecamatanCode: place.parentCode };
}

/** Personal data or insults were found: the author is shown them and may send anyway. */
export class ScreeningWarning extends Invalid {
	constructor(readonly hits: ScreeningHits) {
		super('idea_screening_warn', 'body');
	}
}

export interface Submitted {
	id: number;
	/** A possible disclosure of harm: never published, routed to the safeguarding queue. */
	safeguarding: boolean;
}

/**
 * A possible disclosure of harm goes to safeguarding whatever else the text holds; personal data or
 * insults stop the post until the author has seen them and chosen to send anyway (then flagged).
 */
function screenOrWarn(db: Db, input: IdeaInput, acknowledged: boolean) {
	const result = screening.screenText(db, [input.title, input.body, input.group?.forum ?? ''].join('\n'));
	if (result.decision === 'warn' && !acknowledged) throw new ScreeningWarning(result.hits);
	return { hits: result.hits, safeguarding: result.decision === 'harm' };
}

/**
 * A child posts an idea; it waits for a facilitator (`menunggu`), or goes to safeguarding. `photo` is
 * the posted file (none, or an empty one, is no photo): stored with the idea, never without it.
 */
export function submit(
	db: Db,
	actor: Actor,
	input: IdeaInput,
	photo: File | null,
	now = new Date(),
	acknowledged = false,
	dir = config.uploadsDir
): Promise<Submitted> {
	return uploads.withPhoto(photo, (name) => insertIdea(db, actor, input, name, now, acknowledged), dir);
}

function insertIdea(
	db: Db,
	actor: Actor,
	input: IdeaInput,
	photo: string | null,
	now: Date,
	acknowledged: boolean
): Submitted {
	if (isSuspended(actor, now)) throw new Forbidden('suspended');
	if (!can(actor, 'child.participate', now)) throw new Forbidden('idea_not_child');
	const { kecamatanCode } = checkInput(db, actor, input);
	if (input.findingId) checkCitable(db, actor, input.findingId);
	const recent = db
		.select({ n: count() })
		.from(ideas)
		.where(and(eq(ideas.authorId, actor.id), gt(ideas.createdAt, new Date(now.getTime() - DAY))))
		.get();
	if ((recent?.n ?? 0) >= IDEAS_PER_DAY) throw new Conflict('idea_rate_limited');
	const { hits, safeguarding } = screenOrWarn(db, input, acknowledged);
	const status = safeguarding ? 'perlindungan' : 'menunggu';
	const cycle = cycles.forNewIdea(db, now);
	return db.transaction((tx) => {
		const row = tx
			.insert(ideas)
			.values({
				cycleId: cycle?.id ?? null,
				authorId: actor.id,
				title: input.title.trim(),
				body: input.body.trim(),
				cluster: input.cluster,
				level: input.level,
				regionCode: input.regionCode,
				kecamatanCode,
				photo,
				isGroup: !!input.group,
				groupForum: input.group?.forum.trim() ?? null,
				groupSize: input.group?.size ?? null,
				screening: hits,
				status,
				createdAt: now
			})
			.returning({ id: ideas.id })
			.get();
		addEvent(tx, { ideaId: row.id, status, actorId: actor.id, actorRole: 'penulis' });
		if (input.findingId) linkIdea(tx, row.id, input.findingId);
		if (!safeguarding) notifications.notify(tx, { userId: actor.id, kind: 'idea_submitted', ideaId: row.id });
		return { id: row.id, safeguarding };
	});
}

function ownIdea(db: Db, actor: Actor, id: number) {
	const idea = db.select().from(ideas).where(eq(ideas.id, id)).get();
	if (!idea) throw new NotFound('idea');
	if (idea.authorId !== actor.id) throw new Forbidden('idea_not_author');
	return idea;
}

/**
 * The author changes the text while it waits. After "please change something" the edit sends it back
 * to the queue. A posted `photo` replaces the old one (whose file is then removed); none keeps it.
 */
export async function edit(
	db: Db,
	actor: Actor,
	id: number,
	input: IdeaInput,
	photo: File | null = null,
	now = new Date(),
	acknowledged = false,
	dir = config.uploadsDir
): Promise<{ safeguarding: boolean }> {
	const { safeguarding, replaced } = await uploads.withPhoto(
		photo,
		(name) => updateIdea(db, actor, id, input, name, now, acknowledged),
		dir
	);
	if (replaced) await uploads.deletePhoto(replaced, dir);
	return { safeguarding };
}

function updateIdea(
	db: Db,
	actor: Actor,
	id: number,
	input: IdeaInput,
	photo: string | null,
	now: Date,
	acknowledged: boolean
) {
	if (isSuspended(actor, now)) throw new Forbidden('suspended');
	if (!can(actor, 'child.participate', now)) throw new Forbidden('idea_not_child');
	const idea = ownIdea(db, actor, id);
	if (!EDITABLE_STATUSES.includes(idea.status)) throw new Conflict('idea_not_editable');
	const { kecamatanCode } = checkInput(db, actor, input);
	const { hits, safeguarding } = screenOrWarn(db, input, acknowledged);
	const status = safeguarding ? 'perlindungan' : 'menunggu';
	db.transaction((tx) => {
		tx.update(ideas)
			.set({
				title: input.title.trim(),
				body: input.body.trim(),
				cluster: input.cluster,
				level: input.level,
				regionCode: input.regionCode,
				kecamatanCode,
				isGroup: !!input.group,
				groupForum: input.group?.forum.trim() ?? null,
				groupSize: input.group?.size ?? null,
				screening: hits,
				status,
				updatedAt: now,
				...(photo ? { photo } : {})
			})
			.where(eq(ideas.id, id))
			.run();
		if (idea.status !== status) addEvent(tx, { ideaId: id, status, actorId: actor.id, actorRole: 'penulis' });
		// Earlier notes about this post would name it on a shared phone.
		if (safeguarding) tx.delete(notificationsTable).where(eq(notificationsTable.ideaId, id)).run();
	});
	return { safeguarding, replaced: photo && idea.photo !== photo ? idea.photo : null };
}

/** The author withdraws; supporters get their votes back while voting is open (after it, votes are final). */
export function withdraw(db: Db, actor: Actor, id: number, reason: string | null, now = new Date()) {
	const idea = ownIdea(db, actor, id);
	if (!WITHDRAWABLE_STATUSES.includes(idea.status)) throw new Conflict('idea_not_withdrawable');
	// A golden ticket put the idea on the planning agenda: it is no longer the author's alone to take back.
	if (hasTicket(db, id)) throw new Conflict('idea_has_ticket');
	db.transaction((tx) => {
		votes.release(tx, { ideaId: id }, now);
		tx.update(ideas).set({ status: 'ditarik', updatedAt: now }).where(eq(ideas.id, id)).run();
		addEvent(tx, { ideaId: id, status: 'ditarik', actorId: actor.id, actorRole: 'penulis', reason });
	});
}

/** The idea won a golden ticket (a proposal was made from it). */
export function hasTicket(db: Db, ideaId: number): boolean {
	return !!db.select({ id: proposals.id }).from(proposals).where(eq(proposals.ideaId, ideaId)).get();
}
