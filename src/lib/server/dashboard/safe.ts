// Safe numbers: no published table of children lets a reader learn something about one child.
//
// Primary suppression hides every count from 0 to 4 ("< 5"): a zero is as telling as a one, since a table
// whose other cells are 0 gives away the remaining cell's value for every child in it. A breakdown (by
// kecamatan, desa, age band, gender, verification) of a group of fewer than 10 children is withheld as a
// whole ("too few children to show"). Complementary suppression then hides more cells wherever a published
// total would let a reader work a hidden cell out by subtraction: each additive relation (total = sum of
// parts) must end with either no hidden element or at least two, and its hidden parts together must reach
// 5 (else "these cells hold 0 to 4 children" is itself a small group, and with zeros hidden, "these cells
// hold nobody" is exactly the leak above). That holds even when the total is hidden too, since a total
// hidden as "*" is often all but known from the tables around it. Cells hidden only for that reason are
// shown as "*".
//
// That rule looks at one relation at a time, so an audit follows: the reader's bounds on every hidden
// count are narrowed through all relations at once, knowing what the markers mean ("< 5" is 0–4, "*" is
// 5 or more, a withheld breakdown's group has fewer than 10 children and a shown one at least 10). Where
// a count shown as "< 5" or withheld could be worked out exactly, or shown to be zero, one more nearby cell
// is hidden, and both steps repeat until none can. The rule is applied to all linked tables at once
// (kecamatan totals are shared by the desa table and every breakdown by age, gender and verification), so
// a cell hidden in one table stays hidden in all.

export const MIN_GROUP = 5;
/** A group of fewer children than this is never broken down. */
export const MIN_BREAKDOWN = 10;

export type Hidden = 'small' | 'complement' | 'withheld';
/** What a reader may see: the count, or why it is hidden. A hidden count never leaves the server. */
export type SafeNumber = number | Hidden;

/** The words the downloads (in Indonesian, like their column names) write for a withheld count. */
export const WITHHELD_TEXT = 'terlalu sedikit anak untuk ditampilkan';

/** total = sum(parts), by key. */
export interface Relation {
	total: string;
	parts: readonly string[];
}

export interface ProtectOptions {
	min?: number;
	/** Keys not shown at all: the breakdowns of groups too small to break down (or never published). */
	withheld?: ReadonlySet<string>;
	/** What a reader knows of a count from elsewhere, as [lowest, highest]: e.g. a shown breakdown says
	 * its group has at least MIN_BREAKDOWN children. */
	known?: ReadonlyMap<string, readonly [number, number]>;
}

/** Only primary suppression: for a count that no published total or breakdown is linked to. */
export function safe(n: number, min = MIN_GROUP): SafeNumber {
	return n < min ? 'small' : n;
}

/** More than any count of children; kept finite so that bounds never subtract infinity from infinity. */
const UNBOUNDED = 1e12;

/**
 * The reader's bounds on every count: from what is shown, and narrowed through every relation until
 * nothing changes (each pass can only narrow, and every bound is an integer, so this ends).
 */
function readerBounds(
	values: ReadonlyMap<string, number>,
	relations: readonly Relation[],
	hidden: ReadonlyMap<string, Hidden>,
	known: ReadonlyMap<string, readonly [number, number]>,
	min: number
) {
	const lo = new Map<string, number>();
	const hi = new Map<string, number>();
	const keys = new Set<string>([...values.keys(), ...relations.flatMap((r) => [r.total, ...r.parts])]);
	for (const k of keys) {
		const how = hidden.get(k);
		const v = values.get(k) ?? 0;
		const [l, h] =
			how === undefined
				? [v, v]
				: how === 'small'
					? [0, min - 1]
					: how === 'complement'
						? [min, UNBOUNDED]
						: [0, UNBOUNDED];
		const [kl, kh] = known.get(k) ?? [0, UNBOUNDED];
		lo.set(k, Math.max(l, kl));
		hi.set(k, Math.min(h, kh));
	}
	const byKey = new Map<string, Relation[]>();
	for (const r of relations)
		for (const k of [r.total, ...r.parts]) byKey.set(k, [...(byKey.get(k) ?? []), r]);
	const queued = new Set(relations);
	const narrow = (k: string, l: number, h: number) => {
		const [ol, oh] = [lo.get(k)!, hi.get(k)!];
		if (l <= ol && h >= oh) return;
		lo.set(k, Math.max(ol, l));
		hi.set(k, Math.min(oh, h));
		for (const r of byKey.get(k) ?? []) queued.add(r);
	};
	// Each relation is looked at again whenever one of its counts narrows. Real tables settle after a few
	// looks at each; the cap only guards against bounds that would creep by one at a time.
	for (let steps = 0; queued.size > 0 && steps < 200 * relations.length; steps++) {
		const r = queued.values().next().value!;
		queued.delete(r);
		const sumLo = r.parts.reduce((s, p) => s + lo.get(p)!, 0);
		const sumHi = r.parts.reduce((s, p) => s + hi.get(p)!, 0);
		narrow(r.total, sumLo, sumHi);
		const [tl, th] = [lo.get(r.total)!, hi.get(r.total)!];
		for (const p of r.parts) narrow(p, tl - (sumHi - hi.get(p)!), th - (sumLo - lo.get(p)!));
	}
	return { lo, hi };
}

/** Applies primary and complementary suppression to linked counts; returns every key of `values`. */
export function protect(
	values: ReadonlyMap<string, number>,
	relations: readonly Relation[],
	options: ProtectOptions = {}
): Map<string, SafeNumber> {
	const { min = MIN_GROUP, withheld = new Set<string>(), known = new Map() } = options;
	const value = (k: string) => values.get(k) ?? 0;
	const hidden = new Map<string, Hidden>();
	for (const k of withheld) hidden.set(k, 'withheld');
	for (const [k, v] of values) if (!hidden.has(k) && v < min) hidden.set(k, 'small');

	const violates = (r: Relation) => {
		const parts = r.parts.filter((p) => hidden.has(p));
		const count = parts.length + (hidden.has(r.total) ? 1 : 0);
		if (count === 0) return false;
		if (count === 1) return true;
		return parts.length > 0 && parts.reduce((s, p) => s + value(p), 0) < min;
	};
	// The smallest visible part costs the reader least; ties go to the first listed.
	const nextToHide = (r: Relation) => {
		let best: string | undefined;
		for (const p of r.parts) if (!hidden.has(p) && (best === undefined || value(p) < value(best))) best = p;
		if (best === undefined && !hidden.has(r.total)) best = r.total;
		return best;
	};
	const complement = () => {
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
	};

	// Parts that are their relation's only part are the total itself (a kecamatan of one desa): that
	// such a part equals its total is no news.
	const sole = new Set(relations.filter((r) => r.parts.length === 1).map((r) => r.parts[0]));
	const relationsOf = new Map<string, Relation[]>();
	for (const r of relations)
		for (const k of [r.total, ...r.parts]) relationsOf.set(k, [...(relationsOf.get(k) ?? []), r]);
	/** The smallest visible cell in the relations nearest to `k` (relation by relation outwards). */
	const nearestVisible = (k: string) => {
		const seen = new Set([k]);
		let frontier = [k];
		while (frontier.length > 0) {
			const next: string[] = [];
			let best: string | undefined;
			for (const f of frontier)
				for (const r of relationsOf.get(f) ?? [])
					for (const c of [...r.parts, r.total]) {
						if (!hidden.has(c) && (best === undefined || value(c) < value(best))) best = c;
						if (!seen.has(c)) {
							seen.add(c);
							next.push(c);
						}
					}
			if (best !== undefined) return best;
			frontier = next;
		}
		return undefined;
	};

	for (;;) {
		complement();
		const { lo, hi } = readerBounds(values, relations, hidden, known, min);
		const more = new Set<string>();
		for (const [k, how] of hidden) {
			if (how === 'complement') continue;
			const pinned = lo.get(k) === hi.get(k) && !(how === 'withheld' && sole.has(k));
			if (hi.get(k)! < 1 || pinned) {
				const c = nearestVisible(k);
				if (c !== undefined) more.add(c);
			}
		}
		if (more.size === 0) break;
		for (const c of more) hidden.set(c, 'complement');
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
	const total = keys.reduce((s, k) => s + parts[k], 0);
	values.set('total', total);
	const small = total < MIN_BREAKDOWN;
	const out = protect(values, [{ total: 'total', parts: keys.map((k) => `p:${k}`) }], {
		min,
		withheld: new Set(small ? keys.map((k) => `p:${k}`) : []),
		known: new Map([['total', small ? [0, MIN_BREAKDOWN - 1] : [MIN_BREAKDOWN, UNBOUNDED]]])
	});
	const safeParts = {} as Record<K, SafeNumber>;
	for (const k of keys) safeParts[k] = out.get(`p:${k}`) ?? 'small';
	return { total: out.get('total') ?? 'small', parts: safeParts };
}

/** The text for a cell in a download: the number, "< 5", "*" or the words for a withheld count. */
export function safeText(n: SafeNumber, format: (n: number) => string = String): string {
	if (n === 'small') return `< ${MIN_GROUP}`;
	if (n === 'complement') return '*';
	if (n === 'withheld') return WITHHELD_TEXT;
	return format(n);
}

/** True when every count of a breakdown is withheld: the breakdown is not shown at all. */
export function isWithheld(counts: Iterable<SafeNumber>): boolean {
	let any = false;
	for (const n of counts) {
		if (n !== 'withheld') return false;
		any = true;
	}
	return any;
}
