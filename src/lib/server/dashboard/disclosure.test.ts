// A property of the published participation tables, checked on random small populations: no published
// table lets a reader infer an attribute shared by all members of a small group of children.
//
// The reader. Everything public about participation in a cycle is what participationView() returns for the
// whole kabupaten and for each kecamatan (the page, its charts, every download and the evidence pack print
// exactly these values). The reader knows the publication rule: a number is exact; "< 5" is 0 to 4; "*"
// is 5 or more (a cell hidden only so that another cannot be worked out); a withheld breakdown says its
// group has fewer than 10 children, a shown one that it has 10 or more. The reader also knows how the
// counts add up (every child is in one kecamatan, or none when the account's desa is unknown; in one desa
// of that kecamatan; in one age band, one gender, verified or not), and does what can be done by hand:
// bounds on each count are narrowed through every sum (total = sum of its parts) until nothing changes.
// This attacker is written here on its own, from those facts, not taken from the code under test.
//
// The property. Take any group of children named by a published row or column (the kabupaten, a kecamatan,
// the unknown kecamatan, a desa, an age band, a gender or a verification state of the kabupaten or of a
// kecamatan) that has 1 to 4 members. For every attribute the group does not fix (kecamatan, desa, age
// band, gender, verification) the reader must not be able to conclude that all its members share one
// value — that is, for some value `a`, that the group holds nobody of any other value `b`. The reader
// concludes "nobody of value b" where, in each kecamatan, the group's count there or the count of value
// b there is known to be 0 (children of a kecamatan can be spread over its age bands and genders in any
// way that fits those two counts, so nothing finer can be deduced from one-way tables).
//
// A second, stronger property is what the code itself guarantees: a count shown as "< 5", or withheld,
// can never be worked out exactly, nor shown to be zero.
import { describe, expect, it } from 'vitest';
import {
	attack,
	attributes,
	BREAKDOWN,
	cellsOf,
	groups,
	population,
	published,
	SMALL,
	truth,
	type Dim
} from './disclosure-reader';

/** Every inference "all N members of <group> share <attribute> = <value>" the reader can make. */
function disclosures(seed: number): string[] {
	const { region, real, hi } = attack(seed);
	const known0 = (key: string | null) => key === null || hi.get(key) === 0;
	const out: string[] = [];
	for (const g of groups(region)) {
		const n = real.get(g.key) ?? 0;
		if (n < 1 || n >= SMALL) continue;
		for (const [attr, { values, cell }] of Object.entries(attributes(region))) {
			if (g.fixed.has(attr as Dim)) continue;
			// Values the group can have at all: a kecamatan with one desa tells where its children live.
			const possible = values.filter((b) => g.byKec.some(({ kec }) => cell(b, kec) !== null));
			if (possible.length < 2) continue;
			for (const a of possible) {
				const nobodyElse = possible
					.filter((b) => b !== a)
					.every((b) => g.byKec.every(({ kec, key }) => known0(key) || known0(cell(b, kec))));
				if (nobodyElse) out.push(`seed ${seed}: all ${n} of ${g.name} have ${attr} = "${a}"`);
			}
		}
	}
	return out;
}

/** Counts shown as "< 5" or withheld that the reader can work out exactly or show to be zero. */
function workedOut(seed: number): string[] {
	const { real, lo, hi, seen } = attack(seed);
	const out: string[] = [];
	for (const [key, values] of seen) {
		if (!values.some((v) => v === 'small' || v === 'withheld')) continue;
		if (hi.get(key) === 0 || lo.get(key) === hi.get(key))
			out.push(
				`seed ${seed}: ${key} (${real.get(key)}) shown as ${values.join('/')} is ${lo.get(key)}..${hi.get(key)}`
			);
	}
	return out;
}

const SEEDS = Array.from({ length: 400 }, (_, i) => 1000 + i);

describe('published participation tables, on random small populations', () => {
	it('never let a reader infer an attribute shared by all members of a group of fewer than 5', () => {
		const found = SEEDS.flatMap(disclosures);
		expect(found.slice(0, 10), `${found.length} inferences`).toEqual([]);
	});

	it('never let a reader work out a count shown as "< 5" or withheld, or show it to be zero', () => {
		const found = SEEDS.flatMap(workedOut);
		expect(found.slice(0, 10), `${found.length} counts worked out`).toEqual([]);
	});

	it('show a breakdown only for a group of 10 children or more', () => {
		const found: string[] = [];
		for (const seed of SEEDS) {
			const { region, children } = population(seed);
			const real = truth(children, region);
			for (const [group, values] of published(region, cellsOf(children)).breakdowns)
				if ((real.get(group) ?? 0) < BREAKDOWN && values.some((v) => v !== 'withheld'))
					found.push(`seed ${seed}: ${group} (${real.get(group)}) is broken down`);
		}
		expect(found.slice(0, 10), `${found.length} breakdowns`).toEqual([]);
	});
});
