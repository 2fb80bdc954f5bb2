import { describe, expect, it } from 'vitest';
import {
	isWithheld,
	protect,
	protectBreakdown,
	safe,
	safeText,
	type Relation,
	type SafeNumber
} from './safe';

describe('safe (primary suppression only)', () => {
	it.each([
		[0, 'small'],
		[1, 'small'],
		[4, 'small'],
		[5, 5],
		[120, 120]
	] as [number, SafeNumber][])('shows %i as %j', (n, expected) => {
		expect(safe(n)).toBe(expected);
	});
});

describe('protectBreakdown (one table with its total)', () => {
	it.each<[string, Record<string, number>, Record<string, SafeNumber>, SafeNumber]>([
		['nothing small', { a: 20, b: 14, c: 6 }, { a: 20, b: 14, c: 6 }, 40],
		// A zero names nobody, but with the total it says where everyone else is: it hides like a one.
		['a zero is hidden like a one', { a: 20, b: 14, c: 0 }, { a: 20, b: 'complement', c: 'small' }, 34],
		// 3 alone would be total - 20 - 14: the next smallest (14) is hidden too.
		[
			'one small cell hides the next smallest',
			{ a: 20, b: 14, c: 3 },
			{ a: 20, b: 'complement', c: 'small' },
			37
		],
		// 1 + 2 = 3 is still a small group when the total is known: a third cell goes.
		[
			'two small cells that sum under 5',
			{ a: 30, b: 9, c: 1, d: 2 },
			{ a: 30, b: 'complement', c: 'small', d: 'small' },
			42
		],
		// 3 + 4 = 7 is not small, and neither cell can be worked out (each is 3 or 4).
		['two small cells that sum to 5 or more', { a: 30, b: 3, c: 4 }, { a: 30, b: 'small', c: 'small' }, 37],
		// 4 + 4 = 8 with both "< 5" means both are 4: a third cell goes.
		[
			'two small cells that could only be 4 each',
			{ a: 30, b: 4, c: 4 },
			{ a: 'complement', b: 'small', c: 'small' },
			38
		],
		// "*" is 5 or more, so 10 = * + * + "< 5" would make the last 0: the total goes too.
		[
			'a zero the "*" cells would still give away',
			{ a: 5, b: 5, c: 0 },
			{ a: 'complement', b: 'complement', c: 'small' },
			'complement'
		],
		// 10 children, all in one cell: the others are "< 5" and the full cell "*" (10 = * + < 5 + < 5).
		['everyone in one cell', { a: 10, b: 0, c: 0 }, { a: 'complement', b: 'small', c: 'small' }, 10],
		[
			'a breakdown of fewer than 10 children is withheld',
			{ a: 6, b: 3, c: 0 },
			{ a: 'withheld', b: 'withheld', c: 'withheld' },
			9
		],
		[
			'a small total is "< 5" and its breakdown withheld',
			{ a: 2, b: 1, c: 0 },
			{ a: 'withheld', b: 'withheld', c: 'withheld' },
			'small'
		]
	])('%s', (_name, parts, expected, total) => {
		const out = protectBreakdown(parts);
		expect(out.parts).toEqual(expected);
		expect(out.total).toBe(total);
	});

	it('never lets a hidden cell be computed from the visible ones', () => {
		const parts = { laki: 41, perempuan: 38, x: 2 };
		const out = protectBreakdown(parts);
		const visible = Object.values(out.parts).filter((v): v is number => typeof v === 'number');
		const hidden = Object.values(out.parts).filter((v) => typeof v !== 'number');
		expect(hidden.length).toBeGreaterThanOrEqual(2);
		expect(
			typeof out.total === 'number' ? out.total - visible.reduce((s, v) => s + v, 0) : 0
		).toBeGreaterThanOrEqual(5);
	});
});

describe('protect (linked tables)', () => {
	// Two kecamatan, each with two desa and a gender split; the kabupaten total and its gender margins.
	const values = new Map<string, number>([
		['T', 60],
		['K:a', 30],
		['K:b', 30],
		['D:a1', 27],
		['D:a2', 3],
		['D:b1', 15],
		['D:b2', 15],
		['G:l', 31],
		['G:p', 29],
		['KG:a:l', 28],
		['KG:a:p', 2],
		['KG:b:l', 3],
		['KG:b:p', 27]
	]);
	const relations: Relation[] = [
		{ total: 'T', parts: ['K:a', 'K:b'] },
		{ total: 'K:a', parts: ['D:a1', 'D:a2'] },
		{ total: 'K:b', parts: ['D:b1', 'D:b2'] },
		{ total: 'T', parts: ['G:l', 'G:p'] },
		{ total: 'K:a', parts: ['KG:a:l', 'KG:a:p'] },
		{ total: 'K:b', parts: ['KG:b:l', 'KG:b:p'] },
		{ total: 'G:l', parts: ['KG:a:l', 'KG:b:l'] },
		{ total: 'G:p', parts: ['KG:a:p', 'KG:b:p'] }
	];
	const out = protect(values, relations);
	const isHidden = (k: string) => typeof out.get(k) !== 'number';

	it('hides the small cells and shows the large ones', () => {
		expect(out.get('D:a2')).toBe('small');
		expect(out.get('KG:a:p')).toBe('small');
		expect(out.get('KG:b:l')).toBe('small');
		expect(out.get('T')).toBe(60);
	});

	it('leaves no relation with exactly one hidden element', () => {
		for (const r of relations) {
			const n = [r.total, ...r.parts].filter(isHidden).length;
			expect(n === 0 || n >= 2).toBe(true);
		}
	});

	it('keeps the hidden parts of a visible total at 5 or more together', () => {
		for (const r of relations.filter((r) => !isHidden(r.total))) {
			const sum = r.parts.filter(isHidden).reduce((s, p) => s + (values.get(p) ?? 0), 0);
			expect(sum === 0 || sum >= 5).toBe(true);
		}
	});

	it('returns every key it was given', () => {
		expect([...out.keys()].sort()).toEqual([...values.keys()].sort());
	});
});

describe('protect (the audit across relations)', () => {
	// Two kecamatan by gender. Kecamatan a has no boys, kecamatan b has 16 boys and 4 girls. Each relation
	// alone passes the rule (two hidden cells or none, hidden parts reaching 5), yet G:l = a:l + b:l and
	// K:b = b:l + b:p give b:p - a:l = 20 - 16 = 4, and b:p is at most 4: so a:l = 0 and b:p = 4.
	it('hides more where the relations together would still pin a hidden count', () => {
		const values = new Map<string, number>([
			['T', 32],
			['K:a', 12],
			['K:b', 20],
			['G:l', 16],
			['G:p', 16],
			['a:l', 0],
			['a:p', 12],
			['b:l', 16],
			['b:p', 4]
		]);
		const relations: Relation[] = [
			{ total: 'T', parts: ['K:a', 'K:b'] },
			{ total: 'T', parts: ['G:l', 'G:p'] },
			{ total: 'K:a', parts: ['a:l', 'a:p'] },
			{ total: 'K:b', parts: ['b:l', 'b:p'] },
			{ total: 'G:l', parts: ['a:l', 'b:l'] },
			{ total: 'G:p', parts: ['a:p', 'b:p'] }
		];
		const out = protect(values, relations);
		expect(out.get('a:l')).toBe('small');
		expect(out.get('b:p')).toBe('small');
		const shown = (k: string) => typeof out.get(k) === 'number';
		expect(shown('G:l') && shown('K:b')).toBe(false);
	});

	it('treats withheld counts as hidden, and never withholds what it was not told to', () => {
		const values = new Map<string, number>([
			['T', 40],
			['x', 30],
			['y', 10]
		]);
		const out = protect(values, [{ total: 'T', parts: ['x', 'y'] }], { withheld: new Set(['y']) });
		expect(out.get('y')).toBe('withheld');
		// y alone hidden would be 40 - 30: x is hidden too.
		expect(out.get('x')).toBe('complement');
		expect(out.get('T')).toBe(40);
	});
});

describe('isWithheld', () => {
	it.each<[SafeNumber[], boolean]>([
		[['withheld', 'withheld'], true],
		[['withheld', 'small'], false],
		[[], false]
	])('%j: %s', (counts, expected) => {
		expect(isWithheld(counts)).toBe(expected);
	});
});

describe('safeText', () => {
	it.each([
		[12, '12'],
		[0, '0'],
		['small', '< 5'],
		['complement', '*'],
		['withheld', 'terlalu sedikit anak untuk ditampilkan']
	] as [SafeNumber, string][])('writes %j as %j', (n, text) => {
		expect(safeText(n)).toBe(text);
	});

	it('formats visible numbers with the given formatter', () => {
		expect(safeText(12000, (n) => n.toLocaleString('id-ID'))).toBe('12.000');
	});
});
