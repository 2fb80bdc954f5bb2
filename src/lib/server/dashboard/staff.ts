// What only facilitators and admins see: safeguarding counts (counts only, never a text or a child),
// moderation times, reports and vote bursts. Nothing here is exported as open data.
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { hasRole, type Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { ideaEvents, ideas, reports, safeguardingActions } from '../db/schema';
import { Forbidden } from '../errors';
import { voteBursts, type VoteBurst } from './bursts';
import type { Scope } from './scope';

const HOUR = 3_600_000;
/** Ages of a waiting safeguarding item, in hours: under a day, 1–3 days, 3–7 days, longer. */
export const SAFEGUARDING_AGES = [
	{ key: 'lt1d', max: 24 },
	{ key: '1to3d', max: 72 },
	{ key: '3to7d', max: 168 },
	{ key: 'gt7d', max: Infinity }
] as const;
export type SafeguardingAge = (typeof SAFEGUARDING_AGES)[number]['key'];

export function assertStaff(actor: Actor) {
	if (!hasRole(actor, 'fasilitator', 'admin')) throw new Forbidden('dashboard_staff');
}

/** Waiting safeguarding items by how long they have waited, and how many were handled. */
export function safeguardingByAge(db: Db, now: Date) {
	const decided = sql`exists (select 1 from ${safeguardingActions} where ${safeguardingActions.ideaId} = ${ideas.id} and ${safeguardingActions.action} <> 'note')`;
	const hours = sql`(cast(${now.getTime()} - coalesce(${ideas.updatedAt}, ${ideas.createdAt}) as real) / ${HOUR})`;
	const row = db
		.select({
			handled: sql<number>`coalesce(sum(${decided}), 0)`,
			lt1d: sql<number>`coalesce(sum(not ${decided} and ${hours} < 24), 0)`,
			'1to3d': sql<number>`coalesce(sum(not ${decided} and ${hours} >= 24 and ${hours} < 72), 0)`,
			'3to7d': sql<number>`coalesce(sum(not ${decided} and ${hours} >= 72 and ${hours} < 168), 0)`,
			gt7d: sql<number>`coalesce(sum(not ${decided} and ${hours} >= 168), 0)`
		})
		.from(ideas)
		.where(eq(ideas.status, 'perlindungan'))
		.get();
	const waiting = Object.fromEntries(SAFEGUARDING_AGES.map((a) => [a.key, row?.[a.key] ?? 0])) as Record<
		SafeguardingAge,
		number
	>;
	return { waiting, handled: row?.handled ?? 0 };
}

/** Hours from posting to a facilitator's first decision, for ideas of the scope; the median in SQL. */
export function moderationTimes(db: Db, scope: Scope) {
	const where = and(
		scope.cycle ? eq(ideas.cycleId, scope.cycle.id) : undefined,
		scope.kecamatan ? eq(ideas.kecamatanCode, scope.kecamatan) : undefined
	);
	const decisions = inArray(ideaEvents.status, ['terbit', 'ditolak', 'perlu_perbaikan']);
	const row = db.get<{ decided: number; within48h: number; medianHours: number | null }>(sql`
		with first as (
			select ${ideaEvents.ideaId} as idea_id, min(${ideaEvents.createdAt}) as at from ${ideaEvents}
			where ${decisions} and ${ideaEvents.actorRole} = 'fasilitator' group by ${ideaEvents.ideaId}
		), h as (
			select cast(first.at - ${ideas.createdAt} as real) / ${HOUR} as hours from first
			join ${ideas} on ${ideas.id} = first.idea_id ${where ? sql`where ${where}` : sql``}
		), r as (select hours, row_number() over (order by hours) as rn, count(*) over () as c from h)
		select (select count(*) from h) as decided,
			(select count(*) from h where hours <= 48) as within48h,
			(select avg(hours) from r where rn in ((c + 1) / 2, (c + 2) / 2)) as medianHours`);
	const waiting = db
		.select({ n: count(), oldest: sql<number | null>`min(${ideas.createdAt})` })
		.from(ideas)
		.where(eq(ideas.status, 'menunggu'))
		.get();
	return {
		decided: row?.decided ?? 0,
		medianHours: row?.medianHours ?? null,
		within48h: row?.within48h ?? 0,
		waiting: waiting?.n ?? 0,
		oldestWaitingAt: waiting?.oldest == null ? null : new Date(waiting.oldest)
	};
}

/** Open reports (by reason), ideas hidden now, reports resolved. */
export function reportFigures(db: Db) {
	const byReason = db
		.select({ reason: reports.reason, n: count() })
		.from(reports)
		.where(isNull(reports.resolvedAt))
		.groupBy(reports.reason)
		.all();
	const resolved = db
		.select({ n: count() })
		.from(reports)
		.where(sql`${reports.resolvedAt} is not null`)
		.get();
	const hidden = db.select({ n: count() }).from(ideas).where(eq(ideas.status, 'disembunyikan')).get();
	return {
		open: byReason.reduce((s, r) => s + r.n, 0),
		byReason,
		resolved: resolved?.n ?? 0,
		hiddenIdeas: hidden?.n ?? 0
	};
}

export interface StaffFigures {
	safeguarding: ReturnType<typeof safeguardingByAge>;
	moderation: ReturnType<typeof moderationTimes>;
	reports: ReturnType<typeof reportFigures>;
	bursts: VoteBurst[];
}

export function staffFigures(db: Db, actor: Actor, scope: Scope): StaffFigures {
	assertStaff(actor);
	return {
		safeguarding: safeguardingByAge(db, scope.now),
		moderation: moderationTimes(db, scope),
		reports: reportFigures(db),
		bursts: voteBursts(db, scope)
	};
}
