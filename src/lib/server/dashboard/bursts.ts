// Vote bursts: many fresh accounts from one invite code supporting the same idea within minutes, the
// pattern of one person making accounts to push an idea (or a class told to vote together). Flagged to
// facilitators, never acted on automatically: a school session can produce it honestly.
//
// The rule: at least BURST_RULE.accounts votes for one idea, within BURST_RULE.minutes of the first of
// them, from accounts verified with the same invite code and created at most BURST_RULE.freshDays before
// they voted. One vote per account and idea (a unique index), so votes count accounts.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ideas, inviteCodes, users, votes } from '../db/schema';
import type { Scope } from './scope';

export const BURST_RULE = { accounts: 5, minutes: 10, freshDays: 7 } as const;

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface VoteBurst {
	ideaId: number;
	title: string;
	inviteCode: string;
	inviteLabel: string;
	/** The most votes inside one window. */
	accounts: number;
	startedAt: Date;
}

export function voteBursts(db: Db, scope: Scope, rule = BURST_RULE): VoteBurst[] {
	const fresh = db
		.select({
			ideaId: sql<number>`${votes.ideaId}`.as('voted_idea_id'),
			code: sql<number>`${users.inviteCodeId}`.as('invite_id'),
			at: sql<number>`${votes.createdAt}`.as('voted_at')
		})
		.from(users)
		.innerJoin(votes, eq(votes.userId, users.id))
		.where(
			and(
				sql`${users.inviteCodeId} is not null`,
				sql`${votes.createdAt} - ${users.createdAt} <= ${rule.freshDays * DAY}`,
				scope.cycle ? eq(votes.cycleId, scope.cycle.id) : undefined
			)
		)
		.as('fresh');
	// For each vote, how many votes of the same idea and code fall in the window that it opens.
	const windows = db
		.select({
			ideaId: fresh.ideaId,
			code: fresh.code,
			at: fresh.at,
			n: sql<number>`count(*) over (partition by ${fresh.ideaId}, ${fresh.code} order by ${fresh.at}
				range between current row and ${sql.raw(String(rule.minutes * MINUTE))} following)`.as('n')
		})
		.from(fresh)
		.as('windows');
	const ranked = db
		.select({
			ideaId: windows.ideaId,
			code: windows.code,
			at: windows.at,
			n: windows.n,
			rank: sql<number>`row_number() over (partition by ${windows.ideaId}, ${windows.code} order by ${windows.n} desc, ${windows.at})`.as(
				'rank'
			)
		})
		.from(windows)
		.where(sql`${windows.n} >= ${rule.accounts}`)
		.as('ranked');
	return db
		.select({
			ideaId: ranked.ideaId,
			title: ideas.title,
			inviteCode: inviteCodes.code,
			inviteLabel: inviteCodes.label,
			accounts: ranked.n,
			startedAt: sql<number>`${ranked.at}`
		})
		.from(ranked)
		.innerJoin(ideas, eq(ideas.id, ranked.ideaId))
		.innerJoin(inviteCodes, eq(inviteCodes.id, ranked.code))
		.where(and(eq(ranked.rank, 1), scope.kecamatan ? eq(ideas.kecamatanCode, scope.kecamatan) : undefined))
		.orderBy(sql`${ranked.at} desc`)
		.all()
		.map((r) => ({ ...r, startedAt: new Date(r.startedAt) }));
}
