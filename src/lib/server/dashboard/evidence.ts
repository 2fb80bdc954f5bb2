// The KLA evidence pack of one cycle: the dashboard for the whole kabupaten plus the list of golden
// tickets with their outcomes, ready to print and attach to the KLA self-assessment.
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { cycles, opds, proposals, regions } from '../db/schema';
import { NotFound } from '../errors';
import { cachedPublicDashboard } from './public';

const kec = alias(regions, 'ticket_kecamatan');

export function ticketList(db: Db, cycleId: number) {
	return db
		.select({
			id: proposals.id,
			priority: proposals.priority,
			title: proposals.title,
			kecamatan: kec.name,
			status: proposals.status,
			opd: opds.name,
			programName: proposals.programName,
			amount: proposals.amount,
			answeredAt: proposals.answeredAt
		})
		.from(proposals)
		.leftJoin(kec, eq(kec.code, proposals.kecamatanCode))
		.leftJoin(opds, eq(opds.id, proposals.opdId))
		.where(eq(proposals.cycleId, cycleId))
		.orderBy(asc(proposals.priority), asc(proposals.id))
		.all();
}

export function evidencePack(db: Db, cycleId: number, now = new Date()) {
	const cycle = db.select().from(cycles).where(eq(cycles.id, cycleId)).get();
	if (!cycle) throw new NotFound('cycle');
	// The same figures as the dashboard's view of the cycle, dated when they were computed.
	const figures = cachedPublicDashboard(db, { cycle, now });
	return {
		cycle: {
			id: cycle.id,
			name: cycle.name,
			planYear: cycle.planYear,
			reviewDeadlineAt: cycle.reviewDeadlineAt
		},
		generatedAt: figures.computedAt,
		dashboard: figures.value,
		tickets: ticketList(db, cycle.id)
	};
}
