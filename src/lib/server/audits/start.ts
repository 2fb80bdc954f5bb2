// A Forum Anak member starts an audit of a facility with a team and a facilitator, and the choices
// the start form offers.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import * as auditLog from '../audit-log';
import { isUnder18 } from '../auth/age';
import { can, type Actor } from '../auth/permissions';
import { dayOf, dayStart, isDay } from '../cycles/wib';
import type { Db } from '../db/client';
import { contains } from '../db/like';
import { auditMembers, audits, facilities, regions, userRoles, users } from '../db/schema';
import { Conflict, Forbidden, Invalid } from '../errors';
import { DATE_AHEAD_DAYS, DATE_BACK_DAYS, TEAM_MAX } from './rules';
import { facilityById, latestTemplate } from './template';

export interface StartInput {
	facilityId: number;
	/**
	 * Other Forum Anak members of the team, by the nickname the form shows (never an account id); the
	 * one who starts is always in it.
	 */
	members: string[];
	/** The facilitator, as the choice the form sent (see facilitatorChoices; never an account id). */
	facilitator: string;
	/** The calendar day of the visit, 'YYYY-MM-DD' (WIB). */
	auditDate: string;
}

const DAY = 86_400_000;
const desa = alias(regions, 'desa');
const kecamatan = alias(regions, 'kecamatan');

/** Active accounts holding a role (with their desa), for the team and facilitator checks and lists. */
function holders(
	db: Db,
	role: 'forum_anak' | 'fasilitator',
	only: { ids?: string[]; nicknames?: string[] } = {}
) {
	const { ids, nicknames } = only;
	return db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			kind: users.kind,
			birthYear: users.birthYear,
			birthMonth: users.birthMonth,
			desaName: desa.name,
			kecamatanCode: kecamatan.code,
			kecamatanName: kecamatan.name
		})
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
		.leftJoin(desa, eq(desa.code, users.desaCode))
		.leftJoin(kecamatan, eq(kecamatan.code, desa.parentCode))
		.where(
			and(
				isNull(users.deletedAt),
				isNull(users.deactivatedAt),
				ids ? inArray(users.id, ids.length ? ids : ['']) : undefined,
				// Nicknames are one case-insensitive namespace (the users_username_nocase index).
				nicknames ? inArray(sql`lower(${users.username})`, nicknames.length ? nicknames : ['']) : undefined
			)
		)
		.orderBy(asc(kecamatan.name), asc(users.username))
		.all();
}

/**
 * Forum Anak members who can join a team (under 18, active), the starter's own kecamatan first. Only
 * what the form shows leaves the server: the nickname (which is also the choice sent back) and the desa.
 */
export function teamCandidates(db: Db, actor: Actor, now = new Date()) {
	const mine = holders(db, 'forum_anak', { ids: [actor.id] })[0]?.kecamatanCode ?? null;
	const list = holders(db, 'forum_anak').filter(
		(u) => u.id !== actor.id && u.kind === 'child' && isUnder18(u.birthYear, u.birthMonth, now)
	);
	return [
		...list.filter((u) => u.kecamatanCode === mine),
		...list.filter((u) => u.kecamatanCode !== mine)
	].map((u) => ({ nickname: u.username, desaName: u.desaName }));
}

/**
 * Active facilitators by the name the form shows, ordered by that name then by id, each with the choice
 * the form sends back: which of the facilitators showing that name it is, of how many, and the name
 * ("1/1:Kak Rina"). No account id leaves the server, and the server recomputes the list on post.
 * Why not the position in the whole list: a facilitator added or removed anywhere in it would shift
 * every position, and a page kept open (whose list is not reloaded after a refusal) would keep failing.
 * Only a change among the facilitators showing the very name chosen matters, and the count catches it.
 */
export function eligibleFacilitators(db: Db) {
	const list = holders(db, 'fasilitator')
		.map((u) => ({ id: u.id, name: u.displayName ?? u.username }))
		.sort((a, b) => a.name.localeCompare(b.name, 'id') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const total = new Map<string, number>();
	for (const f of list) total.set(f.name, (total.get(f.name) ?? 0) + 1);
	const seen = new Map<string, number>();
	return list.map((f) => {
		const n = (seen.get(f.name) ?? 0) + 1;
		seen.set(f.name, n);
		return { ...f, choice: `${n}/${total.get(f.name)}:${f.name}` };
	});
}

/** What the start form offers: the name it shows and the choice it sends back. */
export function facilitatorChoices(db: Db): { choice: string; name: string }[] {
	return eligibleFacilitators(db).map(({ choice, name }) => ({ choice, name }));
}

const CHOICE = /^\d{1,4}\/\d{1,4}:[^]+$/;

/**
 * The facilitator a choice names, in the list recomputed now. Refused when it is no choice at all, and
 * when the facilitators showing that name changed since the form was loaded (one left, or one with the
 * same name came), rather than picking someone else.
 */
function facilitatorOf(db: Db, choice: string): string {
	if (!CHOICE.test(choice)) throw new Invalid('audit_facilitator', 'facilitator');
	const found = eligibleFacilitators(db).find((f) => f.choice === choice);
	if (!found) throw new Conflict('audit_facilitator_changed', 'facilitator');
	return found.id;
}

export function kecamatanChoices(db: Db) {
	return db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(eq(regions.level, 'kecamatan'))
		.orderBy(asc(regions.name))
		.all();
}

/** Facilities to choose from, filtered by kecamatan and by words in the name. */
export function facilityChoices(db: Db, filter: { kecamatanCode?: string; q?: string } = {}) {
	const q = filter.q?.trim();
	return db
		.select({
			id: facilities.id,
			type: facilities.type,
			name: facilities.name,
			desaName: desa.name,
			kecamatanName: kecamatan.name
		})
		.from(facilities)
		.leftJoin(desa, eq(desa.code, facilities.desaCode))
		.leftJoin(kecamatan, eq(kecamatan.code, facilities.kecamatanCode))
		.where(
			and(
				filter.kecamatanCode ? eq(facilities.kecamatanCode, filter.kecamatanCode) : undefined,
				q ? contains(facilities.name, q) : undefined
			)
		)
		.orderBy(asc(kecamatan.name), asc(facilities.name))
		.limit(200)
		.all();
}

function checkDate(day: string, now: Date): Date {
	if (!isDay(day)) throw new Invalid('audit_date', 'auditDate');
	const at = dayStart(day);
	const today = dayStart(dayOf(now)).getTime();
	if (at.getTime() > today + DATE_AHEAD_DAYS * DAY || at.getTime() < today - DATE_BACK_DAYS * DAY)
		throw new Invalid('audit_date', 'auditDate');
	return at;
}

/** Starts a draft audit on the facility type's latest checklist version; returns its id. */
export function start(db: Db, actor: Actor, input: StartInput, now = new Date()): number {
	if (!can(actor, 'audit.run', now)) throw new Forbidden('audit_not_forum');
	const facility = facilityById(db, input.facilityId);
	if (!facility) throw new Invalid('audit_facility', 'facilityId');
	const template = latestTemplate(db, facility.type);
	if (!template) throw new Conflict('audit_no_template', 'facilityId');

	const nicknames = [...new Set(input.members.map((n) => n.trim().toLowerCase()))];
	// The starter may be among them; more than that is refused before looking anyone up.
	if (nicknames.length > TEAM_MAX + 1) throw new Invalid('audit_team_size', 'members');
	// The same rule as the choices offered: active Forum Anak children under 18 (and the starter).
	const found = holders(db, 'forum_anak', { nicknames }).filter(
		(u) => u.id === actor.id || (u.kind === 'child' && isUnder18(u.birthYear, u.birthMonth, now))
	);
	if (found.length !== nicknames.length) throw new Invalid('audit_member', 'members');
	const memberIds = found.filter((u) => u.id !== actor.id).map((u) => u.id);
	if (memberIds.length > TEAM_MAX) throw new Invalid('audit_team_size', 'members');
	const facilitatorId = facilitatorOf(db, input.facilitator);
	const auditDate = checkDate(input.auditDate, now);
	// Published reports credit "Forum Anak Kecamatan X": the starter's forum.
	const forumKecamatanCode = holders(db, 'forum_anak', { ids: [actor.id] })[0]?.kecamatanCode ?? null;

	return db.transaction((tx) => {
		const { id } = tx
			.insert(audits)
			.values({
				facilityId: facility.id,
				templateId: template.id,
				status: 'draf',
				createdBy: actor.id,
				facilitatorId,
				forumKecamatanCode,
				auditDate,
				createdAt: now
			})
			.returning({ id: audits.id })
			.get();
		tx.insert(auditMembers)
			.values([
				{ auditId: id, userId: actor.id, role: 'anggota' as const },
				...memberIds.map((userId) => ({ auditId: id, userId, role: 'anggota' as const })),
				{ auditId: id, userId: facilitatorId, role: 'fasilitator' as const }
			])
			.run();
		auditLog.record(tx, {
			actorId: actor.id,
			action: 'audit.start',
			targetType: 'audit',
			targetId: String(id),
			details: { facilityId: facility.id, templateId: template.id, team: memberIds.length + 1 }
		});
		return id;
	});
}

/** Today's date in WIB, the form's default day of the visit. */
export function today(now = new Date()): string {
	return dayOf(now);
}
