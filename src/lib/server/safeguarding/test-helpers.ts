// Builders for safeguarding tests: facilitators with and without the permission, and queue items.
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { ideas, safeguardingActions, users, type ScreeningHits } from '../db/schema';
import { makeIdea, makeUser } from '../ideas/test-helpers';
import type { SafeguardingAction } from './rules';

/** A facilitator an admin gave the safeguarding permission (in the database and on the actor). */
export function makeSafeguarder(db: Db): SessionUser {
	const user = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
	db.update(users).set({ canSafeguard: true }).where(eq(users.id, user.id)).run();
	return { ...user, canSafeguard: true };
}

/** A child's post that screening routed to the queue, received at `at`. */
export function makeItem(
	db: Db,
	child: SessionUser,
	opts: { at?: Date; title?: string; body?: string; screening?: ScreeningHits } = {}
) {
	const idea = makeIdea(db, child, {
		status: 'perlindungan',
		title: opts.title ?? 'Saya takut pulang ke rumah',
		body:
			opts.body ?? 'Setiap malam saya dipukul kalau nilai saya jelek, saya tidak tahu harus bilang ke siapa.'
	});
	db.update(ideas)
		.set({ createdAt: opts.at ?? new Date(), screening: opts.screening ?? null })
		.where(eq(ideas.id, idea.id))
		.run();
	return idea.id;
}

/** An action written directly, as if recorded earlier. */
export function addAction(
	db: Db,
	ideaId: number,
	actorId: string,
	action: SafeguardingAction,
	note?: string
) {
	db.insert(safeguardingActions)
		.values({ ideaId, actorId, action, note: note ?? null })
		.run();
}
