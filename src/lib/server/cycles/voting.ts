import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { cycles } from '../db/schema';
import { phaseAt } from './phase';

/**
 * Whether the votes of this cycle are final (its cut-off has passed): from then on no withdrawal,
 * merge or removal may take votes away, since they decide the golden tickets.
 */
export function votesAreFinal(db: DbOrTx, cycleId: number | null, now = new Date()): boolean {
	if (cycleId === null) return false;
	const c = db.select().from(cycles).where(eq(cycles.id, cycleId)).get();
	if (!c) return false;
	const phase = phaseAt(c, now);
	return phase !== 'upcoming' && phase !== 'open';
}
