// Children who took part: posted an idea (anything but a safeguarding item) or voted, in the cycle or
// ever. Counted by the child's own desa and kecamatan, age band, gender and verification, in one GROUP BY;
// only the grouped cells (at most a few thousand) reach JavaScript, where the linked tables are built and
// protected together (safe.ts).
import { and, count, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { ideas, regions, users, votes } from '../db/schema';
import { AGE_BANDS, ageBandSql, type AgeBand } from './age';
import { MIN_BREAKDOWN, protect, type Relation, type SafeNumber } from './safe';
import { referenceDate, type KecamatanRef, type Scope } from './scope';

export const GENDER_KEYS = ['laki', 'perempuan', 'x'] as const;
export type GenderKey = (typeof GENDER_KEYS)[number];
export const VERIFIED_KEYS = ['ya', 'tidak'] as const;
export type VerifiedKey = (typeof VERIFIED_KEYS)[number];

export interface ParticipationCell {
	kecamatan: string | null;
	desa: string | null;
	band: AgeBand;
	gender: GenderKey;
	verified: VerifiedKey;
	n: number;
}

const childDesa = alias(regions, 'child_desa');

export function participationCells(db: Db, scope: Scope): ParticipationCell[] {
	const id = scope.cycle?.id;
	// In one cycle: the set of everyone who voted or posted, read from the votes index alone (cheaper than
	// two probes for each of tens of thousands of children). Across all cycles the probes are cheaper.
	const took =
		id === undefined
			? sql`(exists (select 1 from ${votes} where ${votes.userId} = ${users.id}) or exists (select 1 from ${ideas} where ${ideas.authorId} = ${users.id} and ${ideas.status} <> 'perlindungan'))`
			: sql`${users.id} in (select ${votes.userId} from ${votes} where ${votes.cycleId} = ${id} union select ${ideas.authorId} from ${ideas} where ${ideas.cycleId} = ${id} and ${ideas.status} <> 'perlindungan')`;
	const band = ageBandSql(users.birthYear, users.birthMonth, referenceDate(scope));
	const gender = sql<GenderKey>`coalesce(${users.gender}, 'x')`;
	const verified = sql<VerifiedKey>`case when ${users.verifiedAt} is null then 'tidak' else 'ya' end`;
	return db
		.select({ kecamatan: childDesa.parentCode, desa: users.desaCode, band, gender, verified, n: count() })
		.from(users)
		.leftJoin(childDesa, eq(childDesa.code, users.desaCode))
		.where(and(eq(users.kind, 'child'), took))
		.groupBy(childDesa.parentCode, users.desaCode, band, gender, verified)
		.all();
}

export interface ParticipationView {
	total: SafeNumber;
	/** Every kecamatan (and "unknown": deleted accounts), for the kecamatan view. */
	byKecamatan: { code: string | null; name: string | null; n: SafeNumber }[];
	/**
	 * The desa of the chosen kecamatan, or every desa of the kabupaten (a desa left out would say it has
	 * nobody). Withheld, desa by desa, where their kecamatan has too few children to break down.
	 */
	byDesa: { code: string; name: string; kecamatan: string | null; n: SafeNumber }[];
	byBand: Record<AgeBand, SafeNumber>;
	byGender: Record<GenderKey, SafeNumber>;
	byVerified: Record<VerifiedKey, SafeNumber>;
}

type Dim = 'band' | 'gender' | 'verified';
const DIMS: Record<Dim, readonly string[]> = {
	band: AGE_BANDS,
	gender: GENDER_KEYS,
	verified: VERIFIED_KEYS
};

/** Builds the linked tables from the cells and protects them together. */
export function participationView(
	cells: readonly ParticipationCell[],
	kecamatan: readonly KecamatanRef[],
	desa: readonly (KecamatanRef & { kecamatan: string | null })[],
	chosen?: string
): ParticipationView {
	const values = new Map<string, number>();
	const add = (k: string, n: number) => values.set(k, (values.get(k) ?? 0) + n);
	const kecKeys = [...kecamatan.map((k) => k.code), ''];
	add('T', 0);
	for (const k of kecKeys) add(`K:${k}`, 0);
	for (const d of desa) add(`D:${d.code}`, 0);
	for (const dim of Object.keys(DIMS) as Dim[])
		for (const v of DIMS[dim]) {
			add(`${dim}:${v}`, 0);
			for (const k of kecKeys) add(`${dim}:${k}:${v}`, 0);
		}
	for (const c of cells) {
		const k = c.kecamatan ?? '';
		add('T', c.n);
		add(`K:${k}`, c.n);
		if (c.desa) add(`D:${c.desa}`, c.n);
		for (const dim of Object.keys(DIMS) as Dim[]) {
			add(`${dim}:${c[dim]}`, c.n);
			add(`${dim}:${k}:${c[dim]}`, c.n);
		}
	}

	const desaOf = (k: string) => desa.filter((d) => d.kecamatan === k).map((d) => `D:${d.code}`);
	const relations: Relation[] = [{ total: 'T', parts: kecKeys.map((k) => `K:${k}`) }];
	for (const k of kecamatan) relations.push({ total: `K:${k.code}`, parts: desaOf(k.code) });
	for (const dim of Object.keys(DIMS) as Dim[]) {
		relations.push({ total: 'T', parts: DIMS[dim].map((v) => `${dim}:${v}`) });
		for (const k of kecKeys)
			relations.push({ total: `K:${k}`, parts: DIMS[dim].map((v) => `${dim}:${k}:${v}`) });
		for (const v of DIMS[dim])
			relations.push({ total: `${dim}:${v}`, parts: kecKeys.map((k) => `${dim}:${k}:${v}`) });
	}

	// The published breakdowns of each group: the kabupaten by kecamatan and by each dimension, and a
	// kecamatan by desa and by each dimension. A group of fewer than MIN_BREAKDOWN children is not broken
	// down at all, and whether it is tells the reader which side of that line it is on.
	const withheld = new Set<string>();
	const known = new Map<string, readonly [number, number]>();
	const breakdown = (group: string, parts: string[]) => {
		const small = (values.get(group) ?? 0) < MIN_BREAKDOWN;
		known.set(group, small ? [0, MIN_BREAKDOWN - 1] : [MIN_BREAKDOWN, Infinity]);
		if (small) for (const p of parts) withheld.add(p);
	};
	const byDim = (k?: string) =>
		(Object.keys(DIMS) as Dim[]).flatMap((dim) =>
			DIMS[dim].map((v) => (k === undefined ? `${dim}:${v}` : `${dim}:${k}:${v}`))
		);
	breakdown('T', [...kecKeys.map((k) => `K:${k}`), ...byDim()]);
	for (const k of kecamatan) breakdown(`K:${k.code}`, [...desaOf(k.code), ...byDim(k.code)]);
	// Children whose desa is unknown (deleted accounts) are counted, never broken down.
	for (const p of byDim('')) withheld.add(p);

	const out = protect(values, relations, { withheld, known });
	const get = (k: string): SafeNumber => out.get(k) ?? 'small';
	const prefix = chosen === undefined ? '' : `${chosen}:`;
	const dimension = <K extends string>(dim: Dim) =>
		Object.fromEntries(DIMS[dim].map((v) => [v, get(`${dim}:${prefix}${v}`)])) as Record<K, SafeNumber>;
	return {
		total: get(chosen === undefined ? 'T' : `K:${chosen}`),
		byKecamatan: [
			...kecamatan.map((k) => ({ code: k.code, name: k.name, n: get(`K:${k.code}`) })),
			{ code: null, name: null, n: get('K:') }
		],
		// Kecamatan by kecamatan (in the order of the list), each one's desa by name.
		byDesa: (chosen === undefined ? [...kecKeys] : [chosen]).flatMap((k) =>
			desa
				.filter(
					(d) => (d.kecamatan ?? '') === k || (k === '' && !kecamatan.some((x) => x.code === d.kecamatan))
				)
				.map((d) => ({ ...d, n: get(`D:${d.code}`) }))
		),
		byBand: dimension<AgeBand>('band'),
		byGender: dimension<GenderKey>('gender'),
		byVerified: dimension<VerifiedKey>('verified')
	};
}

/** Ideas a Forum Anak agreed in a group session (published), and how many children took part in them. */
export function groupIdeas(db: Db, scope: Scope) {
	const row = db
		.select({ ideas: count(), children: sql<number>`coalesce(sum(${ideas.groupSize}), 0)` })
		.from(ideas)
		.where(
			and(
				eq(ideas.isGroup, true),
				eq(ideas.status, 'terbit'),
				scope.cycle ? eq(ideas.cycleId, scope.cycle.id) : undefined,
				scope.kecamatan ? eq(ideas.kecamatanCode, scope.kecamatan) : undefined
			)
		)
		.get();
	return { ideas: row?.ideas ?? 0, children: row?.children ?? 0 };
}
