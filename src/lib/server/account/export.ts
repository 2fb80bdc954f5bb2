// "Download my data": everything the portal keeps about one user, as plain JSON. Other people appear
// only as what they did to the user's ideas (a role and a reason), never by name or id.
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	auditLog,
	cycles,
	ideaEvents,
	ideas,
	inviteCodes,
	notifications,
	regions,
	reports,
	sessions,
	userRoles,
	users,
	votes
} from '../db/schema';
import { NotFound } from '../errors';

export const EXPORT_FORMAT = 'suara-anak-export/1';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function account(db: Db, userId: string) {
	const row = db
		.select({ user: users, desa: regions.name, inviteLabel: inviteCodes.label })
		.from(users)
		.leftJoin(regions, eq(users.desaCode, regions.code))
		.leftJoin(inviteCodes, eq(users.inviteCodeId, inviteCodes.id))
		.where(eq(users.id, userId))
		.get();
	if (!row) throw new NotFound('user');
	const u = row.user;
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, userId))
		.orderBy(asc(userRoles.role))
		.all();
	return {
		nickname: u.username,
		kind: u.kind,
		email: u.email,
		displayName: u.displayName,
		roles: roles.map((r) => r.role),
		birthMonth: u.birthMonth,
		birthYear: u.birthYear,
		desa: u.desaCode ? { code: u.desaCode, name: row.desa } : null,
		gender: u.gender,
		guardianConsentAt: iso(u.guardianConsentAt),
		verification: {
			verified: u.verifiedAt !== null,
			verifiedAt: iso(u.verifiedAt),
			method: u.verificationMethod,
			// The label of the invite code session (e.g. a school class), not who handed it out.
			inviteCode: row.inviteLabel
		},
		createdAt: iso(u.createdAt),
		deactivatedAt: iso(u.deactivatedAt)
	};
}

function ownIdeas(db: Db, userId: string) {
	const rows = db
		.select({ idea: ideas, place: regions.name, cycle: cycles.name })
		.from(ideas)
		.innerJoin(regions, eq(ideas.regionCode, regions.code))
		.leftJoin(cycles, eq(ideas.cycleId, cycles.id))
		// A safeguarding post is left out: the file may be opened on a shared phone.
		.where(and(eq(ideas.authorId, userId), ne(ideas.status, 'perlindungan')))
		.orderBy(asc(ideas.id))
		.all();
	const ids = rows.map((r) => r.idea.id);
	const events = ids.length
		? db
				.select({
					ideaId: ideaEvents.ideaId,
					status: ideaEvents.status,
					reason: ideaEvents.reason,
					by: ideaEvents.actorRole,
					at: ideaEvents.createdAt
				})
				.from(ideaEvents)
				.where(inArray(ideaEvents.ideaId, ids))
				.orderBy(asc(ideaEvents.id))
				.all()
		: [];
	return rows.map(({ idea: i, place, cycle }) => ({
		id: i.id,
		title: i.title,
		text: i.body,
		cluster: i.cluster,
		level: i.level,
		place: { code: i.regionCode, name: place },
		cycle,
		status: i.status,
		photo: i.photo,
		group: i.isGroup ? { forum: i.groupForum, children: i.groupSize } : null,
		supportCount: i.voteCount,
		mergedIntoId: i.mergedIntoId,
		createdAt: iso(i.createdAt),
		updatedAt: iso(i.updatedAt),
		publishedAt: iso(i.publishedAt),
		timeline: events
			.filter((e) => e.ideaId === i.id)
			.map((e) => ({ status: e.status, reason: e.reason, by: e.by, at: iso(e.at) }))
	}));
}

function ownVotes(db: Db, userId: string) {
	return db
		.select({ ideaId: votes.ideaId, title: ideas.title, cycle: cycles.name, at: votes.createdAt })
		.from(votes)
		.innerJoin(ideas, eq(votes.ideaId, ideas.id))
		.innerJoin(cycles, eq(votes.cycleId, cycles.id))
		.where(eq(votes.userId, userId))
		.orderBy(asc(votes.id))
		.all()
		.map((v) => ({ ...v, at: iso(v.at) }));
}

function ownReports(db: Db, userId: string) {
	return db
		.select({
			ideaId: reports.ideaId,
			title: ideas.title,
			reason: reports.reason,
			note: reports.note,
			at: reports.createdAt,
			resolvedAt: reports.resolvedAt
		})
		.from(reports)
		.innerJoin(ideas, eq(reports.ideaId, ideas.id))
		.where(eq(reports.reporterId, userId))
		.orderBy(asc(reports.id))
		.all()
		.map((r) => ({ ...r, at: iso(r.at), resolvedAt: iso(r.resolvedAt) }));
}

function ownNotifications(db: Db, userId: string) {
	return db
		.select({
			kind: notifications.kind,
			ideaId: notifications.ideaId,
			params: notifications.params,
			at: notifications.createdAt,
			readAt: notifications.readAt
		})
		.from(notifications)
		.where(eq(notifications.userId, userId))
		.orderBy(asc(notifications.id))
		.all()
		.map((n) => ({ ...n, at: iso(n.at), readAt: iso(n.readAt) }));
}

/** Changes made to the account itself (verification, roles, reset codes): what, when and why — not by whom. */
function accountHistory(db: Db, userId: string) {
	return db
		.select({ action: auditLog.action, reason: auditLog.reason, at: auditLog.createdAt })
		.from(auditLog)
		.where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, userId)))
		.orderBy(asc(auditLog.id))
		.all()
		.map((h) => ({ ...h, at: iso(h.at) }));
}

function ownSessions(db: Db, userId: string) {
	return db
		.select({ startedAt: sessions.createdAt, expiresAt: sessions.expiresAt })
		.from(sessions)
		.where(eq(sessions.userId, userId))
		.orderBy(desc(sessions.createdAt))
		.all()
		.map((s) => ({ startedAt: iso(s.startedAt), expiresAt: iso(s.expiresAt) }));
}

export type DataExport = ReturnType<typeof exportData>;

/** Everything about the user, JSON-serialisable (dates as ISO strings). */
export function exportData(db: Db, userId: string, now = new Date()) {
	return {
		format: EXPORT_FORMAT,
		exportedAt: now.toISOString(),
		account: account(db, userId),
		ideas: ownIdeas(db, userId),
		votes: ownVotes(db, userId),
		reports: ownReports(db, userId),
		notifications: ownNotifications(db, userId),
		accountHistory: accountHistory(db, userId),
		sessions: ownSessions(db, userId)
	};
}

/** `suara-anak-<nickname>-<YYYY-MM-DD>.json`, the date in the kabupaten's time zone, safe in a header. */
export function exportFileName(nickname: string, now = new Date()): string {
	const parts = new Intl.DateTimeFormat('en', {
		timeZone: 'Asia/Jakarta',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(now);
	const part = (type: string) => parts.find((p) => p.type === type)?.value;
	const date = `${part('year')}-${part('month')}-${part('day')}`;
	const safe = nickname.replace(/[^a-zA-Z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'akun';
	return `suara-anak-${safe}-${date}.json`;
}
