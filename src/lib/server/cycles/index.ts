import { and, asc, desc, eq, gt, lte, ne } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import { cycles, type Cycle } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import { datesProblem, openPhasesOverlap, phaseAt, type Phase } from './phase';

export { phaseAt, PHASES, type Phase } from './phase';

export type CycleInput = Omit<Cycle, 'id' | 'createdAt'>;

export function withPhase(c: Cycle, now = new Date()): Cycle & { phase: Phase } {
	return { ...c, phase: phaseAt(c, now) };
}

export function list(db: Db, now = new Date()) {
	return db
		.select()
		.from(cycles)
		.orderBy(desc(cycles.opensAt))
		.all()
		.map((c) => withPhase(c, now));
}

export function get(db: Db, id: number, now = new Date()) {
	const c = db.select().from(cycles).where(eq(cycles.id, id)).get();
	if (!c) throw new NotFound('cycle');
	return withPhase(c, now);
}

/** The cycle whose ideas-and-votes phase is running now, if any. */
export function open(db: Db, now = new Date()) {
	const c = db
		.select()
		.from(cycles)
		.where(and(lte(cycles.opensAt, now), gt(cycles.votingClosesAt, now)))
		.get();
	return c ? withPhase(c, now) : undefined;
}

/** The cycle to show on the home page: the open one, else the latest that has started, else the next. */
export function current(db: Db, now = new Date()) {
	const started = db
		.select()
		.from(cycles)
		.where(lte(cycles.opensAt, now))
		.orderBy(desc(cycles.opensAt))
		.get();
	const c =
		started ?? db.select().from(cycles).where(gt(cycles.opensAt, now)).orderBy(asc(cycles.opensAt)).get();
	return c ? withPhase(c, now) : undefined;
}

/** Ideas are accepted all year: they belong to the open cycle, else to the next one, else to none yet. */
export function forNewIdea(db: Db, now = new Date()) {
	return (
		open(db, now) ??
		db.select().from(cycles).where(gt(cycles.opensAt, now)).orderBy(asc(cycles.opensAt)).get()
	);
}

function check(db: Db, input: CycleInput, exceptId?: number) {
	const bad = datesProblem(input);
	if (bad) throw new Invalid('cycle_dates', bad);
	const others = db
		.select()
		.from(cycles)
		.where(exceptId === undefined ? undefined : ne(cycles.id, exceptId))
		.all();
	const clash = others.find((o) => openPhasesOverlap(o, input));
	if (clash) throw new Conflict('cycle_overlap', 'opensAt');
}

export function create(db: Db, actorId: string, input: CycleInput): number {
	check(db, input);
	return db.transaction((tx) => {
		const row = tx.insert(cycles).values(input).returning({ id: cycles.id }).get();
		auditLog.record(tx, {
			actorId,
			action: 'cycle.create',
			targetType: 'cycle',
			targetId: String(row.id),
			details: { name: input.name }
		});
		return row.id;
	});
}

export function update(db: Db, actorId: string, id: number, input: CycleInput): void {
	get(db, id);
	check(db, input, id);
	db.transaction((tx) => {
		tx.update(cycles).set(input).where(eq(cycles.id, id)).run();
		auditLog.record(tx, {
			actorId,
			action: 'cycle.update',
			targetType: 'cycle',
			targetId: String(id),
			details: { name: input.name }
		});
	});
}
