// Rows written straight into a test database: the dashboard tests are about counting, not about the
// verbs that normally write these rows (posting, voting, golden tickets, audits).
import type { Db } from '../db/client';
import {
	auditFindings,
	audits,
	checklistTemplates,
	cycles,
	facilities,
	ideas,
	proposals,
	users,
	votes,
	type FindingStatus,
	type IdeaStatus,
	type ProposalStatus
} from '../db/schema';
import * as regions from '../regions';

export const DAY = 86_400_000;
export const KEC_A = '61.07.01'; // Sungai Raya
export const DESA_A1 = '61.07.01.2001'; // Sungai Duri
export const DESA_A2 = '61.07.01.2004'; // Sungai Jaga A
export const KEC_B = '61.07.02'; // Samalantan
export const DESA_B1 = '61.07.02.2001'; // Samalantan
/** Mid-June 2026, inside the cycle made by addCycle() with its default dates. */
export const NOW = new Date(2026, 5, 15, 10, 0);
export const CUT_OFF = new Date(2026, 6, 1);

let seq = 0;

export function prepare(db: Db) {
	regions.ensureShipped(db);
}

export interface ChildOptions {
	desa?: string | null;
	/** Age in whole years at CUT_OFF. */
	age?: number;
	gender?: 'laki' | 'perempuan' | null;
	verified?: boolean;
	inviteCodeId?: number;
	createdAt?: Date;
	username?: string;
}

export function addChild(db: Db, o: ChildOptions = {}): string {
	const id = `child-${++seq}`;
	const age = o.age ?? 12;
	db.insert(users)
		.values({
			id,
			username: o.username ?? id,
			passwordHash: '!',
			kind: 'child',
			// Born in January, so the age at CUT_OFF (July) is exactly `age`.
			birthYear: CUT_OFF.getFullYear() - age,
			birthMonth: 1,
			desaCode: o.desa === undefined ? DESA_A1 : o.desa,
			gender: o.gender === undefined ? 'laki' : o.gender,
			verifiedAt: o.verified === false ? null : new Date(2026, 0, 10),
			inviteCodeId: o.inviteCodeId ?? null,
			createdAt: o.createdAt ?? new Date(2026, 0, 5)
		})
		.run();
	return id;
}

export function addChildren(db: Db, n: number, o: ChildOptions = {}): string[] {
	return Array.from({ length: n }, () => addChild(db, o));
}

export function addCycle(db: Db, over: Partial<typeof cycles.$inferInsert> = {}): number {
	return db
		.insert(cycles)
		.values({
			name: `Musrenbang Anak ${++seq}`,
			planYear: 2027,
			opensAt: new Date(2026, 0, 1),
			votingClosesAt: CUT_OFF,
			reviewStartsAt: new Date(CUT_OFF.getTime() + 14 * DAY),
			reviewDeadlineAt: new Date(CUT_OFF.getTime() + 60 * DAY),
			...over
		})
		.returning({ id: cycles.id })
		.get().id;
}

export interface IdeaOptions {
	status?: IdeaStatus;
	cluster?: number;
	level?: 'desa' | 'kecamatan' | 'kabupaten';
	desa?: string;
	kecamatan?: string | null;
	createdAt?: Date;
	group?: number;
	title?: string;
}

export function addIdea(db: Db, authorId: string, cycleId: number | null, o: IdeaOptions = {}): number {
	const status = o.status ?? 'terbit';
	const createdAt = o.createdAt ?? new Date(2026, 2, 10);
	return db
		.insert(ideas)
		.values({
			cycleId,
			authorId,
			title: o.title ?? 'Lampu jalan di depan sekolah',
			body: 'Jalan ke sekolah gelap sekali waktu pulang sore, kami takut lewat sana.',
			cluster: o.cluster ?? 4,
			level: o.level ?? 'desa',
			regionCode: o.desa ?? DESA_A1,
			kecamatanCode: o.kecamatan === undefined ? KEC_A : o.kecamatan,
			status,
			isGroup: o.group !== undefined,
			groupForum: o.group !== undefined ? 'Forum Anak Kecamatan Sungai Raya' : null,
			groupSize: o.group ?? null,
			createdAt,
			publishedAt: status === 'terbit' ? new Date(createdAt.getTime() + DAY) : null
		})
		.returning({ id: ideas.id })
		.get().id;
}

export function addVote(db: Db, cycleId: number, ideaId: number, userId: string, at = new Date(2026, 3, 2)) {
	db.insert(votes).values({ cycleId, ideaId, userId, createdAt: at }).run();
}

export interface ProposalOptions {
	status?: ProposalStatus;
	kecamatan?: string | null;
	amount?: number | null;
	submittedAt?: Date | null;
	answeredAt?: Date | null;
}

export function addProposal(db: Db, cycleId: number, ideaId: number, o: ProposalOptions = {}): number {
	return db
		.insert(proposals)
		.values({
			cycleId,
			ideaId,
			source: 'kecamatan',
			votes: 12,
			priority: 1,
			title: 'Lampu jalan ke sekolah',
			problem: 'Gelap',
			activity: 'Pemasangan lampu jalan',
			kecamatanCode: o.kecamatan === undefined ? KEC_A : o.kecamatan,
			cluster: 4,
			status: o.status ?? 'diajukan',
			amount: o.amount ?? null,
			submittedAt: o.submittedAt === undefined ? new Date(CUT_OFF.getTime() + 14 * DAY) : o.submittedAt,
			answeredAt: o.answeredAt ?? null
		})
		.returning({ id: proposals.id })
		.get().id;
}

export function addFacility(
	db: Db,
	o: { type?: 'rbra' | 'puskesmas'; desa?: string; kecamatan?: string; name?: string } = {}
): number {
	return db
		.insert(facilities)
		.values({
			type: o.type ?? 'rbra',
			name: o.name ?? `Taman ${++seq}`,
			desaCode: o.desa ?? DESA_A1,
			kecamatanCode: o.kecamatan ?? KEC_A
		})
		.returning({ id: facilities.id })
		.get().id;
}

function template(db: Db): number {
	const found = db.select({ id: checklistTemplates.id }).from(checklistTemplates).get();
	if (found) return found.id;
	return db
		.insert(checklistTemplates)
		.values({ type: 'rbra', version: 1, content: { sections: [] } })
		.returning({ id: checklistTemplates.id })
		.get().id;
}

export function addAudit(
	db: Db,
	facilityId: number,
	o: { published?: boolean; score?: number; date?: Date } = {}
): number {
	const date = o.date ?? new Date(2026, 4, 1);
	const published = o.published ?? true;
	return db
		.insert(audits)
		.values({
			facilityId,
			templateId: template(db),
			status: published ? 'diterbitkan' : 'diajukan',
			auditDate: date,
			publishedAt: published ? new Date(date.getTime() + 5 * DAY) : null,
			score: o.score ?? 0.5
		})
		.returning({ id: audits.id })
		.get().id;
}

export function addFinding(
	db: Db,
	auditId: number,
	facilityId: number,
	o: { status?: FindingStatus; target?: Date | null; fixedAt?: Date | null } = {}
): number {
	return db
		.insert(auditFindings)
		.values({
			auditId,
			facilityId,
			itemCode: `R${++seq}`,
			status: o.status ?? 'terbuka',
			targetDate: o.target ?? null,
			fixedAt: o.fixedAt ?? null
		})
		.returning({ id: auditFindings.id })
		.get().id;
}
