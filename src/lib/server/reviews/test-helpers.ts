// Builders for review tests: a proposal straight in the table, as the selection step leaves it.
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { opds, proposals, users, votes, type ProposalStatus } from '../db/schema';
import { KECAMATAN, DESA, makeUser } from '../ideas/test-helpers';
import * as opdList from '../opds';

let priority = 0;

export function makeProposal(
	db: Db,
	idea: { id: number; cycleId: number | null; title: string },
	opts: { status?: ProposalStatus; opdId?: number | null; cycleId?: number } = {}
) {
	const cycleId = opts.cycleId ?? idea.cycleId;
	if (!cycleId) throw new Error('makeProposal: the idea needs a cycle');
	return db
		.insert(proposals)
		.values({
			cycleId,
			ideaId: idea.id,
			source: 'kecamatan',
			votes: 12,
			priority: ++priority,
			title: idea.title,
			problem: 'Jalan ke sekolah gelap waktu pulang sore.',
			activity: 'Pemasangan lampu jalan tenaga surya',
			desaCode: DESA,
			kecamatanCode: KECAMATAN,
			beneficiaries: 120,
			beneficiaryAges: '6–12',
			opdId: opts.opdId ?? null,
			cost: 75_000_000,
			volume: 10,
			unit: 'titik',
			cluster: 4,
			status: opts.status ?? 'diajukan',
			submittedAt: opts.status === 'disusun' ? null : new Date()
		})
		.returning()
		.get();
}

/** An OPD staff account of the agency with this code (the shipped list is loaded if needed). */
export function makeOpdUser(db: Db, code = 'dinkes'): SessionUser & { opdId: number } {
	opdList.ensureShipped(db);
	const opd = db.select().from(opds).where(eq(opds.code, code)).get();
	if (!opd) throw new Error(`no OPD ${code}`);
	const user = makeUser(db, { kind: 'staff', roles: ['opd'] });
	db.update(users).set({ opdId: opd.id }).where(eq(users.id, user.id)).run();
	return { ...user, opdId: opd.id };
}

export function opdId(db: Db, code: string): number {
	opdList.ensureShipped(db);
	const opd = db.select().from(opds).where(eq(opds.code, code)).get();
	if (!opd) throw new Error(`no OPD ${code}`);
	return opd.id;
}

export function vote(db: Db, cycleId: number, ideaId: number, userId: string) {
	db.insert(votes).values({ cycleId, ideaId, userId }).run();
}
