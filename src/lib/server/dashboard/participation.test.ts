import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { userRoles, users } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { cachedPublicDashboard, publicDashboard } from '.';
import { participationCells } from './participation';
import { resolveScope } from './scope';
import {
	addChild,
	addChildren,
	addCycle,
	addIdea,
	addVote,
	DESA_A1,
	DESA_A2,
	DESA_B1,
	KEC_A,
	KEC_B,
	NOW,
	prepare
} from './test-helpers';

let db: Db;
let cleanup: () => void;
let cycle: number;
let idea: number;

beforeEach(() => {
	({ db, cleanup } = createTestDb());
	prepare(db);
	cycle = addCycle(db);
	idea = addIdea(db, addChild(db, { desa: DESA_A1 }), cycle);
});
afterEach(() => cleanup());

const view = (opts: { cycleId?: number; kecamatan?: string } = {}) =>
	publicDashboard(db, resolveScope(db, { cycleId: cycle, ...opts }, NOW)).participation;
const voters = (n: number, o: Parameters<typeof addChildren>[2] = {}) =>
	addChildren(db, n, o).forEach((id) => addVote(db, cycle, idea, id));
/** Children counted as taking part, before any of them is hidden (who counts, not what is shown). */
const counted = (opts: { cycleId?: number } = {}) =>
	participationCells(db, resolveScope(db, { cycleId: cycle, ...opts }, NOW)).reduce((s, c) => s + c.n, 0);

describe('who counts as taking part', () => {
	it('counts children who posted or voted, each once', () => {
		voters(9);
		const both = addChild(db);
		addVote(db, cycle, idea, both);
		addIdea(db, both, cycle);
		expect(counted()).toBe(11); // the author of the first idea, 9 voters, one who did both
	});

	it('does not count a child whose only post is a safeguarding item', () => {
		voters(9);
		addIdea(db, addChild(db), cycle, { status: 'perlindungan' });
		expect(counted()).toBe(10);
	});

	it('counts a child whose post was withdrawn, rejected or is waiting: they took part', () => {
		voters(6);
		for (const status of ['ditarik', 'ditolak', 'menunggu'] as const)
			addIdea(db, addChild(db), cycle, { status });
		expect(counted()).toBe(10);
	});

	it('counts only the chosen cycle, and every cycle when none is chosen', () => {
		voters(9);
		const other = addCycle(db, { opensAt: new Date(2025, 0, 1), votingClosesAt: new Date(2025, 6, 1) });
		addChildren(db, 5).forEach((id) => addIdea(db, id, other));
		expect(counted()).toBe(10);
		expect(counted({ cycleId: undefined })).toBe(15);
	});

	it('never counts staff accounts', () => {
		voters(9);
		db.insert(users).values({ id: 'staff', username: 'staf', passwordHash: '!', kind: 'staff' }).run();
		db.insert(userRoles).values({ userId: 'staff', role: 'fasilitator' }).run();
		expect(counted()).toBe(10);
	});
});

describe('breakdowns and safe numbers', () => {
	it('splits by age band at the cut-off, gender and verification', () => {
		voters(9, { age: 11, gender: 'perempuan' });
		voters(10, { age: 14, gender: 'laki', verified: false });
		voters(7, { age: 16, gender: null });
		voters(8, { age: 19, gender: 'perempuan', verified: false });
		const v = view();
		expect(v.total).toBe(35);
		// The first idea's author is 12, a boy, verified.
		expect(v.byBand).toEqual({ '10-12': 10, '13-15': 10, '16-17': 7, lain: 8 });
		expect(v.byGender).toEqual({ laki: 11, perempuan: 17, x: 7 });
		expect(v.byVerified).toEqual({ ya: 17, tidak: 18 });
	});

	it('shows a zero as "< 5", and hides another cell so it cannot be worked out', () => {
		voters(14, { gender: 'perempuan' });
		voters(10, { gender: 'laki' });
		const v = view();
		expect(v.total).toBe(25);
		// Nobody without a gender: said as "< 5", else the table would say every child is a boy or a girl.
		expect(v.byGender.x).toBe('small');
		expect(v.byGender.laki).toBe('complement');
		expect(v.byGender.perempuan).toBe(14);
	});

	it('shows a group of fewer than 5 children as small, and hides another so it cannot be subtracted', () => {
		voters(20, { desa: DESA_A1 });
		voters(3, { desa: DESA_B1 });
		const v = view();
		expect(v.total).toBe(24);
		const kec = Object.fromEntries(v.byKecamatan.map((k) => [k.code ?? '', k.n]));
		expect(kec[KEC_B]).toBe('small');
		expect(kec[KEC_A]).toBe('complement');
		// Kecamatan B's 3 children are too few to say which desa they live in.
		expect(v.byDesa.find((d) => d.code === DESA_B1)?.n).toBe('withheld');
	});

	it('protects the desa of a kecamatan against subtraction from the kecamatan total', () => {
		voters(16, { desa: DESA_A1 });
		voters(2, { desa: DESA_A2 });
		voters(12, { desa: DESA_B1 });
		const v = view({ kecamatan: KEC_A });
		expect(v.total).toBe(19);
		const desa = Object.fromEntries(v.byDesa.map((d) => [d.code, d.n]));
		expect(desa[DESA_A2]).toBe('small');
		expect(desa[DESA_A1]).toBe('complement');
		// Every desa of the kecamatan is listed, the empty ones as "< 5" too.
		expect(Object.values(desa).filter((n) => n === 'small').length).toBeGreaterThan(1);
	});

	it('withholds every breakdown of a kecamatan of fewer than 10 children, on every table', () => {
		voters(20, { desa: DESA_A1 });
		// One girl in kecamatan B: her table of genders must not read "0, < 5, 0".
		voters(1, { desa: DESA_B1, gender: 'perempuan', age: 16, verified: false });
		const b = view({ kecamatan: KEC_B });
		expect(b.total).toBe('small');
		for (const table of [b.byBand, b.byGender, b.byVerified])
			expect(Object.values(table).every((n) => n === 'withheld')).toBe(true);
		expect(b.byDesa.length).toBeGreaterThan(1);
		expect(b.byDesa.every((d) => d.n === 'withheld')).toBe(true);
		// The kabupaten's desa list says the same of kecamatan B's desa, and lists every desa.
		const kab = view();
		expect(kab.byDesa.filter((d) => d.kecamatan === KEC_B).every((d) => d.n === 'withheld')).toBe(true);
		expect(kab.byDesa.find((d) => d.code === DESA_A2)?.n).toBe('small');
	});

	it('withholds every breakdown of the kabupaten when fewer than 10 children took part', () => {
		voters(8);
		const v = view();
		expect(v.total).toBe(9);
		expect(v.byKecamatan.every((k) => k.n === 'withheld')).toBe(true);
		expect(v.byDesa.every((d) => d.n === 'withheld')).toBe(true);
		for (const table of [v.byBand, v.byGender, v.byVerified])
			expect(Object.values(table).every((n) => n === 'withheld')).toBe(true);
		// A kecamatan's own view shows nothing the kabupaten's hides.
		expect(view({ kecamatan: KEC_A }).total).toBe('withheld');
	});

	it('keeps a kecamatan breakdown consistent with the kabupaten one', () => {
		voters(12, { desa: DESA_A1, gender: 'perempuan' });
		voters(2, { desa: DESA_A1, gender: null });
		voters(10, { desa: DESA_B1, gender: 'perempuan' });
		voters(10, { desa: DESA_B1, gender: null });
		const a = view({ kecamatan: KEC_A });
		expect(a.byGender.x).toBe('small');
		// Kecamatan A's two children without gender must not follow from kabupaten minus kecamatan B.
		const kab = view();
		const b = view({ kecamatan: KEC_B });
		const known = [kab.byGender.x, b.byGender.x];
		expect(known.some((n) => typeof n !== 'number')).toBe(true);
	});

	it('hides the children of Forum Anak group ideas when fewer than 5, but shows the ideas', () => {
		const forum = addChild(db);
		addIdea(db, forum, cycle, { group: 4 });
		addIdea(db, forum, cycle, { group: 12, status: 'ditarik' });
		const d = publicDashboard(db, resolveScope(db, { cycleId: cycle }, NOW));
		expect(d.groupIdeas).toEqual({ ideas: 1, children: 'small' });
	});
});

describe('the cached public view', () => {
	it('is reused for the same cycle and kecamatan until it expires, and kept apart per view', () => {
		voters(14);
		const scope = resolveScope(db, { cycleId: cycle }, NOW);
		const first = cachedPublicDashboard(db, scope);
		expect(first.value.participation.total).toBe(15);
		voters(5);
		// Within its lifetime the view (and every download of it) keeps the figures it was computed with.
		expect(cachedPublicDashboard(db, scope)).toBe(first);
		// Another view is computed on its own, from the data as it is now.
		const all = cachedPublicDashboard(db, resolveScope(db, {}, NOW));
		expect(all.value.participation.total).toBe(20);
	});

	it("counts a cycle's children once for all its kecamatan views within a lifetime", () => {
		voters(14, { desa: DESA_A1 });
		voters(12, { desa: DESA_B1 });
		expect(
			cachedPublicDashboard(db, resolveScope(db, { cycleId: cycle }, NOW)).value.participation.total
		).toBe(27);
		voters(5, { desa: DESA_A1 });
		const kecA = cachedPublicDashboard(db, resolveScope(db, { cycleId: cycle, kecamatan: KEC_A }, NOW));
		expect(kecA.value.participation.total).toBe(15);
	});
});
