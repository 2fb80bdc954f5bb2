import { SqliteError } from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { ageInYears, ADULT_AGE, MIN_AGE } from '../auth/age';
import { CHILD_MIN_PASSWORD, hashPassword, MAX_PASSWORD } from '../auth/password';
import type { Db } from '../db/client';
import { userRoles, users } from '../db/schema';
import { Conflict, Invalid } from '../errors';
import * as regions from '../regions';
import { NICKNAME_MAX, NICKNAME_MIN } from '../../limits';
import { containsContactInfo } from './contact-info';
import type { UsersErrorCode } from './errors';
import { looksOfficial } from './reserved-names';

export interface ChildRegistration {
	nickname: string;
	password: string;
	birthYear: number;
	birthMonth: number;
	desaCode: string;
	gender: 'laki' | 'perempuan' | null;
	guardianConsent: boolean;
}

export function newUserId(): string {
	return crypto.randomUUID();
}

/** Why a nickname cannot be used, or null when it can (taken-ness is checked on insert). */
export function nicknameProblem(nickname: string): UsersErrorCode | null {
	const n = nickname.trim();
	if (n.length < NICKNAME_MIN) return 'nickname_short';
	if (n.length > NICKNAME_MAX) return 'nickname_long';
	if (containsContactInfo(n)) return 'nickname_contact';
	if (n.includes('@')) return 'nickname_contact';
	if (looksOfficial(n)) return 'nickname_reserved';
	return null;
}

export function ageProblem(birthYear: number, birthMonth: number, now = new Date()): UsersErrorCode | null {
	if (!Number.isInteger(birthMonth) || birthMonth < 1 || birthMonth > 12) return 'birth_month';
	if (!Number.isInteger(birthYear)) return 'birth_year';
	const age = ageInYears(birthYear, birthMonth, now);
	if (age >= ADULT_AGE) return 'too_old';
	if (age < MIN_AGE) return 'too_young';
	return null;
}

export function isUniqueViolation(e: unknown): boolean {
	return e instanceof SqliteError && e.code.startsWith('SQLITE_CONSTRAINT_UNIQUE');
}

export function usernameTaken(db: Db, username: string): boolean {
	return !!db
		.select({ id: users.id })
		.from(users)
		.where(sql`lower(${users.username}) = lower(${username.trim()})`)
		.get();
}

/** Registers a child with the `anak` role; throws Invalid/Conflict naming the field at fault. */
export async function registerChild(db: Db, input: ChildRegistration, now = new Date()) {
	const nickname = input.nickname.trim();
	const nickProblem = nicknameProblem(nickname);
	if (nickProblem) throw new Invalid(nickProblem, 'nickname');
	if (input.password.length < CHILD_MIN_PASSWORD) throw new Invalid('password_short', 'password');
	if (input.password.length > MAX_PASSWORD) throw new Invalid('password_long', 'password');
	const agePr = ageProblem(input.birthYear, input.birthMonth, now);
	if (agePr) throw new Invalid(agePr, agePr === 'birth_month' ? 'birthMonth' : 'birthYear');
	if (!regions.getVillage(db, input.desaCode)) throw new Invalid('desa_unknown', 'desaCode');
	if (!input.guardianConsent) throw new Invalid('consent_required', 'guardianConsent');
	// Nicknames and staff usernames are one namespace: sign-in takes either in one field, so a nickname
	// equal to a staff username would make that login ambiguous, and is refused. It must not single out
	// staff names, though: a staff username gets exactly what a taken child nickname gets (one error, one
	// query), and names of offices and roles were refused above by rule, with or without an account. So
	// /daftar tells what any unique nickname tells, that some account has the name, never that it is
	// staff. (Emails cannot collide: a nickname has no "@".)
	if (usernameTaken(db, nickname)) throw new Conflict('nickname_taken', 'nickname');

	const passwordHash = await hashPassword(input.password);
	const id = newUserId();
	try {
		db.transaction((tx) => {
			tx.insert(users)
				.values({
					id,
					username: nickname,
					passwordHash,
					kind: 'child',
					birthYear: input.birthYear,
					birthMonth: input.birthMonth,
					desaCode: input.desaCode,
					gender: input.gender,
					guardianConsentAt: now
				})
				.run();
			tx.insert(userRoles).values({ userId: id, role: 'anak' }).run();
		});
	} catch (e) {
		// Two sign-ups with the same nickname at once: the unique index decides.
		if (isUniqueViolation(e)) throw new Conflict('nickname_taken', 'nickname');
		throw e;
	}
	return id;
}
