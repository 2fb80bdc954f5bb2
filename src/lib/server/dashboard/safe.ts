// Safe numbers: public figures never show a group of fewer than 5 children.
//
// Primary suppression hides every count from 1 to 4 ("< 5"); zero is shown, since it names nobody.
// Complementary suppression then hides more cells wherever a published total would let a reader work a
// hidden cell out by subtraction. Each additive relation (total = sum of parts) must end with either no
// hidden element or at least two, and when its total is visible the hidden parts together must also
// reach 5 (else "these two groups hold 3 children" is itself a small group). Cells hidden only for that
// reason are shown as "*". The rule is applied to all linked tables at once (kecamatan totals are shared
// by the desa table and every breakdown by age, gender and verification), so a cell hidden in one table
// stays hidden in all. It is a standard heuristic, not a proof against every combination of downloads.

export const MIN_GROUP = 5;

export type Hidden = 'small' | 'complement';
/** What a reader may see: the count, or why it is hidden. A hidden count never leaves the server. */
export type SafeNumber = number | Hidden;

/** total = sum(parts), by key. */
export interface Relation {
	total: string;
	parts: readonly string[];
}

/** Only primary suppression: for a count that no published total or breakdown is linked to. */
export function safe(n: number, min = MIN_GROUP): SafeNumber {
	return n > 0 && n < min ? 'small' : n;
}

/** Applies primary and complementary suppression to linked counts; returns every key of `values`. */
export function protect(
	values: ReadonlyMap<string, number>,
	relations: readonly Relation[],
	min = MIN_GROUP
): Map<string, SafeNumber> {
	const value = (k: string) => values.get(k) ?? 0;
	const hidden = new Map<string, Hidden>();
	for (const [k, v] of values) if (v > 0 && v < min) hidden.set(k, 'small');

	const violates = (r: Relation) => {
		const parts = r.parts.filter((p) => hidden.has(p));
		const count = parts.length + (hidden.has(r.total) ? 1 : 0);
		if (count === 0) return false;
		if (count === 1) return true;
		return !hidden.has(r.total) && parts.reduce((s, p) => s + value(p), 0) < min;
	};
	// The smallest visible non-zero part costs the reader least; ties go to the first listed.
	const nextToHide = (r: Relation) => {
		let best: string | undefined;
		for (const p of r.parts)
			if (!hidden.has(p) && value(p) > 0 && (best === undefined || value(p) < value(best))) best = p;
		if (best === undefined && !hidden.has(r.total) && value(r.total) > 0) best = r.total;
		return best;
	};

	let changed = true;
	while (changed) {
		changed = false;
		for (const r of relations) {
			while (violates(r)) {
				const k = nextToHide(r);
				if (k === undefined) break;
				hidden.set(k, 'complement');
				changed = true;
			}
		}
	}
	const out = new Map<string, SafeNumber>();
	for (const [k, v] of values) out.set(k, hidden.get(k) ?? v);
	return out;
}

/** One breakdown with its total: the common case of a single table. */
export function protectBreakdown<K extends string>(
	parts: Record<K, number>,
	min = MIN_GROUP
): { total: SafeNumber; parts: Record<K, SafeNumber> } {
	const keys = Object.keys(parts) as K[];
	const values = new Map<string, number>(keys.map((k) => [`p:${k}`, parts[k]]));
	values.set(
		'total',
		keys.reduce((s, k) => s + parts[k], 0)
	);
	const out = protect(values, [{ total: 'total', parts: keys.map((k) => `p:${k}`) }], min);
	const safeParts = {} as Record<K, SafeNumber>;
	for (const k of keys) safeParts[k] = out.get(`p:${k}`) ?? 'small';
	return { total: out.get('total') ?? 'small', parts: safeParts };
}

/** The text for a cell: the number, "< 5" or "*". Shared by the page, the charts and the downloads. */
export function safeText(n: SafeNumber, format: (n: number) => string = String): string {
	if (n === 'small') return `< ${MIN_GROUP}`;
	if (n === 'complement') return '*';
	return format(n);
}
