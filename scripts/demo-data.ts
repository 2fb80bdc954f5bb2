// Demo data for `npm run demo` and the end-to-end tests: one open cycle and an account for every role,
// all with the demo-only password below. Never loaded by `npm start`.
import { eq } from 'drizzle-orm';
import { hashPassword } from '../src/lib/server/auth/password';
import { config } from '../src/lib/server/config';
import type { Db } from '../src/lib/server/db/client';
import { cycles, opds, regions, userRoles, users, type Role } from '../src/lib/server/db/schema';
import * as opdList from '../src/lib/server/opds';
import * as regionList from '../src/lib/server/regions';
import { seedActivity } from './demo-activity';
import { seedFacilities } from './demo-facilities';
import { seedReviews } from './demo-reviews';
import { seedTickets } from './demo-tickets';

export const DEMO_PASSWORD = 'suaraanak-demo';
const DAY = 86_400_000;

interface DemoAccount {
	username: string;
	kind: 'child' | 'staff';
	roles: Role[];
	displayName?: string;
	email?: string;
	opdCode?: string;
	/** Age in whole years on the day of seeding (at most 16, so a kept database has children for a year). */
	age?: number;
	verified?: boolean;
	gender?: 'laki' | 'perempuan';
}

export function demoAccounts(): DemoAccount[] {
	const staff: DemoAccount[] = [
		{
			username: 'admin',
			kind: 'staff',
			roles: ['admin'],
			displayName: 'Admin Demo',
			email: 'admin@suaraanak.test'
		},
		{ username: 'fasilitator', kind: 'staff', roles: ['fasilitator'], displayName: 'Fasilitator Demo' },
		{ username: 'bappeda', kind: 'staff', roles: ['bappeda'], displayName: 'Perencana Demo' },
		{
			username: 'dinkes',
			kind: 'staff',
			roles: ['opd'],
			displayName: 'Staf Dinas Kesehatan',
			opdCode: 'dinkes'
		}
	];
	const children: DemoAccount[] = [
		{ username: 'forum1', kind: 'child', roles: ['anak', 'forum_anak'], age: 15, verified: true }
	];
	for (let i = 1; i <= 20; i++) {
		children.push({
			username: `anak${i}`,
			kind: 'child',
			roles: ['anak'],
			age: 10 + (i % 7),
			// A few are left unverified so the demo shows both states.
			verified: i <= 15,
			gender: i % 2 === 0 ? 'perempuan' : 'laki'
		});
	}
	// Team mates for audits (an audit team is several Forum Anak members); last, so the places of the
	// accounts above stay as they were.
	for (const [username, age] of [
		['forum2', 14],
		['forum3', 16]
	] as const) {
		children.push({ username, kind: 'child', roles: ['anak', 'forum_anak'], age, verified: true });
	}
	return [...staff, ...children];
}

/**
 * A birth month and year that make a child exactly `age` at `now`, on any day of the year: the birth
 * month is passed (or is this month) and the year follows from it.
 */
export function birthFor(
	age: number,
	birthMonth: number,
	now: Date
): { birthYear: number; birthMonth: number } {
	const thisMonth = now.getMonth() + 1;
	return { birthYear: now.getFullYear() - age - (birthMonth > thisMonth ? 1 : 0), birthMonth };
}

/** Fills an empty database; returns false (and changes nothing) when it already has accounts. */
export async function seedDemo(db: Db, now = new Date(), uploadsDir = config.uploadsDir): Promise<boolean> {
	regionList.ensureShipped(db);
	opdList.ensureShipped(db);
	if (db.select({ id: users.id }).from(users).limit(1).get()) return false;

	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const villages = db.select({ code: regions.code }).from(regions).where(eq(regions.level, 'desa')).all();
	const opdIds = new Map(
		db
			.select()
			.from(opds)
			.all()
			.map((o) => [o.code, o.id])
	);

	db.transaction((tx) => {
		const ids = new Map<string, string>();
		demoAccounts().forEach((a, i) => {
			const id = crypto.randomUUID();
			ids.set(a.username, id);
			const birth = a.age === undefined ? null : birthFor(a.age, (i % 12) + 1, now);
			tx.insert(users)
				.values({
					id,
					username: a.username,
					email: a.email ?? null,
					displayName: a.displayName ?? null,
					passwordHash,
					kind: a.kind,
					birthYear: birth?.birthYear ?? null,
					birthMonth: birth?.birthMonth ?? null,
					desaCode: a.kind === 'child' ? (villages[(i * 7) % villages.length]?.code ?? null) : null,
					gender: a.gender ?? null,
					guardianConsentAt: a.kind === 'child' ? now : null,
					verifiedAt: a.verified ? now : null,
					// Verified by hand at a demo session by the demo facilitator (created before the children).
					verifiedBy: a.verified ? (ids.get('fasilitator') ?? null) : null,
					verificationMethod: a.verified ? 'manual' : null,
					opdId: a.opdCode ? (opdIds.get(a.opdCode) ?? null) : null
				})
				.run();
			tx.insert(userRoles)
				.values(a.roles.map((role) => ({ userId: id, role })))
				.run();
		});
		const year = now.getFullYear();
		tx.insert(cycles)
			.values({
				name: `Musrenbang Anak ${year + 1}`,
				planYear: year + 2,
				opensAt: new Date(now.getTime() - 30 * DAY),
				votingClosesAt: new Date(now.getTime() + 60 * DAY),
				reviewStartsAt: new Date(now.getTime() + 75 * DAY),
				reviewDeadlineAt: new Date(now.getTime() + 120 * DAY)
			})
			.run();
	});
	await seedActivity(db, now, uploadsDir);
	// After the activity, which takes the first cycle as the open one: an earlier closed cycle with
	// its golden tickets and every kind of answer, then facilities with audits and findings.
	const golden = seedTickets(db, now);
	await seedReviews(db, { bappeda: 'bappeda', opd: 'dinkes' }, golden.proposalIds, now, uploadsDir);
	await seedFacilities(db, now, uploadsDir);
	return true;
}
