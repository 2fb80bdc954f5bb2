// The reader of the published participation tables, for disclosure.test.ts: random small populations of
// children, the tables participationView() publishes for them, and an attacker that narrows bounds on every
// count through every sum (total = sum of its parts) until nothing changes. It is written on its own, from
// the publication rule and how counts add up, not taken from the code under test.
import { rng } from '../../../../scripts/bench/random';
import { AGE_BANDS } from './age';
import { GENDER_KEYS, participationView, VERIFIED_KEYS, type ParticipationCell } from './participation';

/** The published rule, as a reader learns it from the page. */
export const SMALL = 5;
export const BREAKDOWN = 10;
const INF = 1e9;

const DIMS = { band: AGE_BANDS, gender: GENDER_KEYS, verified: VERIFIED_KEYS } as const;
export type Dim = keyof typeof DIMS;
const DIM_NAMES = Object.keys(DIMS) as Dim[];

interface Region {
	kecamatan: { code: string; name: string }[];
	desa: { code: string; name: string; kecamatan: string }[];
}

interface Child {
	kecamatan: string | null;
	desa: string | null;
	band: string;
	gender: string;
	verified: string;
}

/** 2–4 kecamatan of 1–3 desa; a few dozen children, often crowded into one category per kecamatan. */
export function population(seed: number): { region: Region; children: Child[] } {
	const r = rng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
	const region: Region = { kecamatan: [], desa: [] };
	const nKec = 2 + Math.floor(r() * 3);
	for (let k = 1; k <= nKec; k++) {
		const code = `k${k}`;
		region.kecamatan.push({ code, name: `Kecamatan ${k}` });
		const nDesa = 1 + Math.floor(r() * 3);
		for (let d = 1; d <= nDesa; d++)
			region.desa.push({ code: `${code}.d${d}`, name: `Desa ${k}.${d}`, kecamatan: code });
	}
	// Uneven sizes: some kecamatan get a handful of children, some none.
	const weight = region.kecamatan.map(() => r() ** 3);
	const sum = weight.reduce((s, w) => s + w, 0) || 1;
	const dominant = region.kecamatan.map(() => ({
		band: pick(AGE_BANDS),
		gender: pick(GENDER_KEYS),
		verified: pick(VERIFIED_KEYS),
		p: r()
	}));
	const n = Math.floor(r() * 60);
	const children: Child[] = [];
	for (let i = 0; i < n; i++) {
		if (r() < 0.04) {
			children.push({
				kecamatan: null,
				desa: null,
				band: pick(AGE_BANDS),
				gender: pick(GENDER_KEYS),
				verified: pick(VERIFIED_KEYS)
			});
			continue;
		}
		let x = r() * sum;
		let k = 0;
		while (k < weight.length - 1 && x >= weight[k]!) x -= weight[k++]!;
		const kec = region.kecamatan[k]!.code;
		const dom = dominant[k]!;
		const value = <D extends Dim>(dim: D) => (r() < dom.p ? dom[dim] : pick(DIMS[dim]));
		children.push({
			kecamatan: kec,
			desa: pick(region.desa.filter((d) => d.kecamatan === kec)).code,
			band: value('band'),
			gender: value('gender'),
			verified: value('verified')
		});
	}
	return { region, children };
}

/** The children as the counting query returns them: one row per distinct combination. */
export function cellsOf(children: Child[]): ParticipationCell[] {
	const out = new Map<string, ParticipationCell>();
	for (const c of children) {
		const key = JSON.stringify([c.kecamatan, c.desa, c.band, c.gender, c.verified]);
		const cell = out.get(key) ?? ({ ...c, n: 0 } as ParticipationCell);
		cell.n++;
		out.set(key, cell);
	}
	return [...out.values()];
}

// The reader's unknowns, one per count: T, K|<kec>, D|<desa>, <dim>|<value>, <dim>|<kec>|<value>
// ('' is the unknown kecamatan). True values come from the population, to check the property against.
const kecKey = (k: string) => `K|${k}`;
const desaKey = (d: string) => `D|${d}`;
const dimKey = (dim: Dim, v: string, k?: string) => (k === undefined ? `${dim}|${v}` : `${dim}|${k}|${v}`);

export function truth(children: Child[], region: Region) {
	const t = new Map<string, number>();
	const add = (key: string) => t.set(key, (t.get(key) ?? 0) + 1);
	const kecs = [...region.kecamatan.map((k) => k.code), ''];
	for (const key of ['T', ...kecs.map(kecKey), ...region.desa.map((d) => desaKey(d.code))]) t.set(key, 0);
	for (const dim of DIM_NAMES)
		for (const v of DIMS[dim]) {
			t.set(dimKey(dim, v), 0);
			for (const k of kecs) t.set(dimKey(dim, v, k), 0);
		}
	for (const c of children) {
		add('T');
		add(kecKey(c.kecamatan ?? ''));
		if (c.desa) add(desaKey(c.desa));
		for (const dim of DIM_NAMES) {
			add(dimKey(dim, c[dim]));
			add(dimKey(dim, c[dim], c.kecamatan ?? ''));
		}
	}
	return t;
}

/** How the counts add up, from the facts about children alone. */
function sums(region: Region): { total: string; parts: string[] }[] {
	const kecs = [...region.kecamatan.map((k) => k.code), ''];
	const out = [
		{ total: 'T', parts: kecs.map(kecKey) },
		{ total: 'T', parts: [...region.desa.map((d) => desaKey(d.code)), kecKey('')] }
	];
	for (const k of region.kecamatan)
		out.push({
			total: kecKey(k.code),
			parts: region.desa.filter((d) => d.kecamatan === k.code).map((d) => desaKey(d.code))
		});
	for (const dim of DIM_NAMES) {
		out.push({ total: 'T', parts: DIMS[dim].map((v) => dimKey(dim, v)) });
		for (const k of kecs) out.push({ total: kecKey(k), parts: DIMS[dim].map((v) => dimKey(dim, v, k)) });
		for (const v of DIMS[dim]) out.push({ total: dimKey(dim, v), parts: kecs.map((k) => dimKey(dim, v, k)) });
	}
	return out;
}

type Published = number | string;

/** Every value the public sees, keyed as above: the kabupaten view and each kecamatan's view. */
export function published(region: Region, cells: ParticipationCell[]) {
	const seen = new Map<string, Published[]>();
	const see = (key: string, v: Published) => seen.set(key, [...(seen.get(key) ?? []), v]);
	const breakdowns = new Map<string, Published[]>();
	const breakdownOf = (group: string, v: Published) =>
		breakdowns.set(group, [...(breakdowns.get(group) ?? []), v]);
	/** Desa left out of the kabupaten-wide desa list: the reader takes them to have nobody. */
	const omitted = new Set(region.desa.map((d) => d.code));
	const parent = new Map(region.desa.map((d) => [d.code, d.kecamatan]));
	for (const chosen of [undefined, ...region.kecamatan.map((k) => k.code)]) {
		const v = participationView(cells, region.kecamatan, region.desa, chosen);
		see(chosen === undefined ? 'T' : kecKey(chosen), v.total);
		for (const k of v.byKecamatan) {
			see(kecKey(k.code ?? ''), k.n);
			breakdownOf('T', k.n);
		}
		for (const d of v.byDesa) {
			see(desaKey(d.code), d.n);
			breakdownOf(kecKey(parent.get(d.code) ?? ''), d.n);
			if (chosen === undefined) omitted.delete(d.code);
		}
		for (const dim of DIM_NAMES) {
			const counts = (dim === 'band' ? v.byBand : dim === 'gender' ? v.byGender : v.byVerified) as Record<
				string,
				Published
			>;
			for (const [value, n] of Object.entries(counts)) {
				see(dimKey(dim, value, chosen), n);
				breakdownOf(chosen === undefined ? 'T' : kecKey(chosen), n);
			}
		}
	}
	for (const d of omitted) see(desaKey(d), 0);
	return { seen, breakdowns };
}

/**
 * The reader's bounds on every count, narrowed through every sum until nothing changes. The true counts
 * must lie within them (else the reader, or the page's account of its rule, would be wrong).
 */
export function attack(seed: number) {
	const { region, children } = population(seed);
	const cells = cellsOf(children);
	const real = truth(children, region);
	const keys = [...real.keys()];
	const { seen, breakdowns } = published(region, cells);
	const lo = new Map<string, number>();
	const hi = new Map<string, number>();
	for (const k of keys) {
		lo.set(k, 0);
		hi.set(k, INF);
	}
	const narrow = (k: string, l: number, h: number) => {
		lo.set(k, Math.max(lo.get(k) ?? 0, l));
		hi.set(k, Math.min(hi.get(k) ?? INF, h));
	};
	for (const [k, values] of seen)
		for (const v of values) {
			if (typeof v === 'number') narrow(k, v, v);
			else if (v === 'small') narrow(k, 0, SMALL - 1);
			else if (v === 'complement') narrow(k, SMALL, INF);
		}
	// What a withheld or a shown breakdown says about its group, once the page shows that rule at work.
	const withRule = [...breakdowns.values()].some((values) => values.includes('withheld'));
	if (withRule)
		for (const [group, values] of breakdowns) {
			const [l, h] = values.some((v) => v === 'withheld') ? [0, BREAKDOWN - 1] : [BREAKDOWN, INF];
			narrow(group, l, h);
		}
	const relations = sums(region);
	for (let round = 0, changed = true; changed && round < 1000; round++) {
		changed = false;
		for (const r of relations) {
			const parts = r.parts;
			const sumLo = parts.reduce((s, p) => s + lo.get(p)!, 0);
			const sumHi = parts.reduce((s, p) => s + Math.min(hi.get(p)!, INF), 0);
			const before = [r.total, ...parts].map((k) => `${lo.get(k)}:${hi.get(k)}`).join();
			narrow(r.total, sumLo, sumHi);
			const tLo = lo.get(r.total)!;
			const tHi = hi.get(r.total)!;
			for (const p of parts) narrow(p, tLo - (sumHi - hi.get(p)!), tHi - (sumLo - lo.get(p)!));
			if ([r.total, ...parts].map((k) => `${lo.get(k)}:${hi.get(k)}`).join() !== before) changed = true;
		}
	}
	for (const k of keys)
		if (real.get(k)! < lo.get(k)! || real.get(k)! > hi.get(k)!)
			throw new Error(`seed ${seed}: ${k} is ${real.get(k)}, not ${lo.get(k)}..${hi.get(k)}`);
	return { region, real, lo, hi, seen };
}

interface Group {
	name: string;
	key: string;
	/** Where the group's members can be: its count in each kecamatan ('' the unknown one). */
	byKec: { kec: string; key: string }[];
	fixed: Set<'kecamatan' | 'desa' | Dim>;
}

export function groups(region: Region): Group[] {
	const kecs = [...region.kecamatan.map((k) => k.code), ''];
	const out: Group[] = [
		{
			name: 'the kabupaten',
			key: 'T',
			byKec: kecs.map((k) => ({ kec: k, key: kecKey(k) })),
			fixed: new Set()
		}
	];
	for (const k of kecs)
		out.push({
			name: `kecamatan "${k}"`,
			key: kecKey(k),
			byKec: [{ kec: k, key: kecKey(k) }],
			fixed: new Set(['kecamatan'])
		});
	for (const d of region.desa)
		out.push({
			name: `desa ${d.code}`,
			key: desaKey(d.code),
			byKec: [{ kec: d.kecamatan, key: desaKey(d.code) }],
			fixed: new Set(['kecamatan', 'desa'])
		});
	for (const dim of DIM_NAMES)
		for (const v of DIMS[dim]) {
			out.push({
				name: `${dim} ${v} in the kabupaten`,
				key: dimKey(dim, v),
				byKec: kecs.map((k) => ({ kec: k, key: dimKey(dim, v, k) })),
				fixed: new Set([dim])
			});
			for (const k of kecs)
				out.push({
					name: `${dim} ${v} in kecamatan "${k}"`,
					key: dimKey(dim, v, k),
					byKec: [{ kec: k, key: dimKey(dim, v, k) }],
					fixed: new Set(['kecamatan', dim])
				});
		}
	return out;
}

/** For an attribute: its values, and the count of one value within one kecamatan (null: nobody). */
export function attributes(region: Region) {
	const kecs = [...region.kecamatan.map((k) => k.code), ''];
	const desaValues = [...region.desa.map((d) => d.code), ''];
	const parent = new Map(region.desa.map((d) => [d.code, d.kecamatan]));
	return {
		kecamatan: {
			values: kecs,
			cell: (v: string, k: string) => (v === k ? kecKey(k) : null)
		},
		desa: {
			values: desaValues,
			cell: (v: string, k: string) =>
				v === '' ? (k === '' ? kecKey('') : null) : parent.get(v) === k ? desaKey(v) : null
		},
		...(Object.fromEntries(
			DIM_NAMES.map((dim) => [
				dim,
				{ values: DIMS[dim] as readonly string[], cell: (v: string, k: string) => dimKey(dim, v, k) }
			])
		) as Record<Dim, { values: readonly string[]; cell: (v: string, k: string) => string | null }>)
	};
}
