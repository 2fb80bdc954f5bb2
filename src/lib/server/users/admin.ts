// What an admin does to accounts. Every change is logged with who, whom and why.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import { invalidateUserSessions } from '../auth/session';
import { hashPassword, MAX_PASSWORD, STAFF_MIN_PASSWORD } from '../auth/password';
import { roleFitsAccount } from '../auth/permissions';
import type { Db } from '../db/client';
import { contains } from '../db/like';
import { opds, regions, userRoles, users, type Role } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { isUniqueViolation, newUserId, usernameTaken } from './register';

export const PAGE_SIZE = 30;

export interface UserListFilter {
	q?: string;
	role?: Role;
	page?: number;
}

/** One page of accounts with their roles: two queries, whatever the page size. */
export function listUsers(db: Db, filter: UserListFilter = {}) {
	const page = Math.max(1, filter.page ?? 1);
	const q = filter.q?.trim();
	const conditions = [
		q ? or(contains(users.username, q), contains(users.email, q), contains(users.displayName, q)) : undefined,
		filter.role
			? inArray(
					users.id,
					db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, filter.role))
				)
			: undefined
	];
	const rows = db
		.select({
			id: users.id,
			username: users.username,
			email: users.email,
			kind: users.kind,
			displayName: users.displayName,
			deactivatedAt: users.deactivatedAt,
			desa: regions.name,
			createdAt: users.createdAt
		})
		.from(users)
		.leftJoin(regions, eq(users.desaCode, regions.code))
		.where(and(...conditions))
		.orderBy(asc(sql`lower(${users.username})`))
		.limit(PAGE_SIZE + 1)
		.offset((page - 1) * PAGE_SIZE)
		.all();
	const pageRows = rows.slice(0, PAGE_SIZE);
	const roles = rolesOf(
		db,
		pageRows.map((r) => r.id)
	);
	return {
		users: pageRows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] })),
		page,
		hasNext: rows.length > PAGE_SIZE
	};
}

function rolesOf(db: Db, ids: string[]): Map<string, Role[]> {
	const map = new Map<string, Role[]>();
	if (ids.length === 0) return map;
	for (const r of db.select().from(userRoles).where(inArray(userRoles.userId, ids)).all()) {
		map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
	}
	return map;
}

export function getUser(db: Db, id: string) {
	const row = db
		.select({ user: users, desa: regions.name, opd: opds.name })
		.from(users)
		.leftJoin(regions, eq(users.desaCode, regions.code))
		.leftJoin(opds, eq(users.opdId, opds.id))
		.where(eq(users.id, id))
		.get();
	if (!row) throw new NotFound('user');
	const { passwordHash: _hash, ...user } = row.user;
	return { ...user, desa: row.desa, opd: row.opd, roles: rolesOf(db, [id]).get(id) ?? [] };
}

function target(db: Db, userId: string) {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) throw new NotFound('user');
	return user;
}

export function grantRole(
	db: Db,
	actorId: string,
	userId: string,
	role: Role,
	opdId: number | null,
	reason: string
) {
	const user = target(db, userId);
	if (!roleFitsAccount(role, user.kind)) throw new Invalid('role_wrong_account', 'role');
	if (role === 'opd') {
		if (opdId === null || !db.select().from(opds).where(eq(opds.id, opdId)).get())
			throw new Invalid('opd_required', 'opdId');
	}
	db.transaction((tx) => {
		tx.insert(userRoles).values({ userId, role }).onConflictDoNothing().run();
		if (role === 'opd') tx.update(users).set({ opdId }).where(eq(users.id, userId)).run();
		auditLog.record(tx, {
			actorId,
			action: 'user.role_grant',
			targetType: 'user',
			targetId: userId,
			reason,
			details: role === 'opd' ? { role, opdId } : { role }
		});
	});
}

export function revokeRole(db: Db, actorId: string, userId: string, role: Role, reason: string) {
	target(db, userId);
	// An admin cannot lock themselves out of the admin area.
	if (actorId === userId && role === 'admin') throw new Forbidden('self');
	db.transaction((tx) => {
		tx.delete(userRoles)
			.where(and(eq(userRoles.userId, userId), eq(userRoles.role, role)))
			.run();
		if (role === 'opd') tx.update(users).set({ opdId: null }).where(eq(users.id, userId)).run();
		// The safeguarding permission belongs to the facilitator role: granting the role again must not revive it.
		if (role === 'fasilitator')
			tx.update(users).set({ canSafeguard: false }).where(eq(users.id, userId)).run();
		auditLog.record(tx, {
			actorId,
			action: 'user.role_revoke',
			targetType: 'user',
			targetId: userId,
			reason,
			details: { role }
		});
	});
}

/** Deactivates the account and ends all its sessions at once. */
export function deactivate(db: Db, actorId: string, userId: string, reason: string, now = new Date()) {
	target(db, userId);
	if (actorId === userId) throw new Forbidden('self');
	db.transaction((tx) => {
		tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, userId)).run();
		invalidateUserSessions(tx, userId);
		auditLog.record(tx, { actorId, action: 'user.deactivate', targetType: 'user', targetId: userId, reason });
	});
}

export function reactivate(db: Db, actorId: string, userId: string, reason: string) {
	target(db, userId);
	db.transaction((tx) => {
		tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, userId)).run();
		auditLog.record(tx, { actorId, action: 'user.reactivate', targetType: 'user', targetId: userId, reason });
	});
}

export interface StaffInput {
	username: string;
	email: string | null;
	displayName: string;
	password: string;
	roles: Role[];
	opdId: number | null;
}

/** Creates a staff account (actorId null: the first admin, made from the command line). */
export async function createStaff(db: Db, actorId: string | null, input: StaffInput) {
	const username = input.username.trim();
	if (!/^[a-zA-Z0-9._-]{3,30}$/.test(username)) throw new Invalid('username_format', 'username');
	if (input.password.length < STAFF_MIN_PASSWORD) throw new Invalid('staff_password_short', 'password');
	if (input.password.length > MAX_PASSWORD) throw new Invalid('password_long', 'password');
	if (input.roles.length === 0 || input.roles.some((r) => !roleFitsAccount(r, 'staff')))
		throw new Invalid('role_wrong_account', 'roles');
	if (
		input.roles.includes('opd') &&
		(input.opdId === null || !db.select().from(opds).where(eq(opds.id, input.opdId)).get())
	)
		throw new Invalid('opd_required', 'opdId');
	if (usernameTaken(db, username)) throw new Conflict('username_taken', 'username');
	const passwordHash = await hashPassword(input.password);
	const id = newUserId();
	try {
		db.transaction((tx) => {
			tx.insert(users)
				.values({
					id,
					username,
					email: input.email?.trim().toLowerCase() || null,
					displayName: input.displayName.trim() || null,
					passwordHash,
					kind: 'staff',
					opdId: input.roles.includes('opd') ? input.opdId : null
				})
				.run();
			tx.insert(userRoles)
				.values(input.roles.map((role) => ({ userId: id, role })))
				.run();
			auditLog.record(tx, {
				actorId,
				action: 'user.create_staff',
				targetType: 'user',
				targetId: id,
				details: { roles: input.roles }
			});
		});
	} catch (e) {
		if (isUniqueViolation(e)) {
			const onEmail = e instanceof Error && e.message.includes('users_email_nocase');
			throw onEmail ? new Conflict('email_taken', 'email') : new Conflict('username_taken', 'username');
		}
		throw e;
	}
	return id;
}
