import { and, desc, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles } from '../db/schema';

/** The cycle running now (opened and not yet closed), if any. */
export function current(db: Db, now = new Date()) {
	return db
		.select({
			id: cycles.id,
			name: cycles.name,
			planYear: cycles.planYear,
			votingClosesAt: cycles.votingClosesAt
		})
		.from(cycles)
		.where(and(lte(cycles.opensAt, now), gt(cycles.closesAt, now)))
		.orderBy(desc(cycles.opensAt))
		.get();
}
