import { and, asc, desc, eq, gt, lte, ne } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Db, DbOrTx } from '../db/client';
import { cycles, type Cycle } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import { nextCycleDates, type CycleInput } from './calendar';
import type { CyclesErrorCode } from './errors';
import { datesProblem, openPhasesOverlap, phaseAt, type Phase } from './phase';

export { phaseAt, PHASES, type Phase } from './phase';
export { fromDays, toDays, type CycleDays, type CycleInput, type NewCycleDates } from './calendar';

export type CycleWithPhase = Cycle & { phase: Phase };

/** Refuses a cycle whose open phase overlaps another's; names the other so the admin can find it. */
export class CycleOverlap extends Conflict {
	constructor(
		readonly other: { id: number; name: string },
		field: 'opensAt' | 'votingClosesAt'
	) {
		super('cycle_overlap', field);
	}
}

export function withPhase(c: Cycle, now = new Date()): CycleWithPhase {
	return { ...c, phase: phaseAt(c, now) };
}

export function list(db: Db, now = new Date()): CycleWithPhase[] {
	return db
		.select()
		.from(cycles)
		.orderBy(desc(cycles.opensAt))
		.all()
		.map((c) => withPhase(c, now));
}

export function get(db: Db, id: number, now = new Date()): CycleWithPhase {
	const c = db.select().from(cycles).where(eq(cycles.id, id)).get();
	if (!c) throw new NotFound('cycle');
	return withPhase(c, now);
}

/** The cycle whose ideas-and-votes phase is running now, if any (create/update keep it to one). */
export function open(db: Db, now = new Date()): CycleWithPhase | undefined {
	const c = db
		.select()
		.from(cycles)
		.where(and(lte(cycles.opensAt, now), gt(cycles.votingClosesAt, now)))
		.orderBy(desc(cycles.opensAt))
		.get();
	return c ? withPhase(c, now) : undefined;
}

function next(db: Db, now: Date): Cycle | undefined {
	return db.select().from(cycles).where(gt(cycles.opensAt, now)).orderBy(asc(cycles.opensAt)).get();
}

/**
 * The cycle to show on the home page: the latest started one while it still runs (open, choosing golden
 * tickets or in review), else the next one to open, else the last one that closed.
 */
export function current(db: Db, now = new Date()): CycleWithPhase | undefined {
	const started = db
		.select()
		.from(cycles)
		.where(lte(cycles.opensAt, now))
		.orderBy(desc(cycles.opensAt))
		.get();
	if (started && phaseAt(started, now) !== 'closed') return withPhase(started, now);
	const c = next(db, now) ?? started;
	return c ? withPhase(c, now) : undefined;
}

/** Ideas are accepted all year: they belong to the open cycle, else to the next one, else to none yet. */
export function forNewIdea(db: Db, now = new Date()): CycleWithPhase | undefined {
	const c = open(db, now) ?? next(db, now);
	return c ? withPhase(c, now) : undefined;
}

/** Name, plan year and dates to prefill a new cycle's form with (the rules have their own defaults). */
export function newCycleDates(db: Db, now = new Date()) {
	const latest = db.select().from(cycles).orderBy(desc(cycles.votingClosesAt)).get();
	return nextCycleDates(latest, now);
}

/** The date at fault → its code: each date must come after the one before it. */
const ORDER_CODES = {
	votingClosesAt: 'cycle_cutoff_order',
	reviewStartsAt: 'cycle_review_order',
	reviewDeadlineAt: 'cycle_deadline_order'
} as const satisfies Record<NonNullable<ReturnType<typeof datesProblem>>, CyclesErrorCode>;

function check(db: DbOrTx, input: CycleInput, exceptId?: number) {
	const bad = datesProblem(input);
	if (bad) throw new Invalid(ORDER_CODES[bad], bad);
	const others = db
		.select()
		.from(cycles)
		.where(exceptId === undefined ? undefined : ne(cycles.id, exceptId))
		.all();
	const clash = others.find((o) => openPhasesOverlap(o, input));
	if (clash) {
		// The date that falls inside the other cycle's open phase is the one to change.
		const field = input.opensAt.getTime() >= clash.opensAt.getTime() ? 'opensAt' : 'votingClosesAt';
		throw new CycleOverlap({ id: clash.id, name: clash.name }, field);
	}
}

/** What an update changed, old and new, for the audit log. */
function changes(before: Cycle, after: CycleInput) {
	const out: Record<string, [unknown, unknown]> = {};
	for (const key of Object.keys(after) as (keyof CycleInput)[]) {
		const [a, b] = [before[key], after[key]];
		const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
		if (!same) out[key] = [a, b];
	}
	return out;
}

export function create(db: Db, actorId: string, input: CycleInput): number {
	// Checked inside the transaction, so no other writer can slip an overlapping cycle in between.
	return db.transaction((tx) => {
		check(tx, input);
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
	db.transaction((tx) => {
		const before = tx.select().from(cycles).where(eq(cycles.id, id)).get();
		if (!before) throw new NotFound('cycle');
		check(tx, input, id);
		tx.update(cycles).set(input).where(eq(cycles.id, id)).run();
		auditLog.record(tx, {
			actorId,
			action: 'cycle.update',
			targetType: 'cycle',
			targetId: String(id),
			details: { name: input.name, changes: changes(before, input) }
		});
	});
}
