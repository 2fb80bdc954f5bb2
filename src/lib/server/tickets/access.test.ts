import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/permissions';
import type { Role } from '../db/schema';
import { editProblem, missingForSubmit, mayWorkOn, type Completeness } from './access';

const NOW = new Date('2026-05-01T00:00:00Z');
const actor = (roles: Role[], kind: Actor['kind'] = 'child', birthYear: number | null = 2012): Actor => ({
	id: 'x',
	kind,
	roles,
	birthYear: kind === 'child' ? birthYear : null,
	birthMonth: kind === 'child' ? 1 : null,
	verifiedAt: null
});

const facilitator = actor(['fasilitator'], 'staff');
const forum = actor(['anak', 'forum_anak']);
const child = actor(['anak']);
const bappeda = actor(['bappeda'], 'staff');
const admin = actor(['admin'], 'staff');
const grownForum = actor(['anak', 'forum_anak'], 'child', 2000);

describe('who may work on a proposal', () => {
	it.each([
		['a facilitator, any kecamatan', facilitator, null, 'K1', true],
		['a facilitator, kabupaten-wide', facilitator, null, null, true],
		['a Forum Anak member of the same kecamatan', forum, 'K1', 'K1', true],
		['a Forum Anak member of another kecamatan', forum, 'K2', 'K1', false],
		['a Forum Anak member without a desa', forum, null, 'K1', false],
		['any Forum Anak member, kabupaten-wide', forum, 'K2', null, true],
		['a Forum Anak member who turned 18', grownForum, 'K1', 'K1', false],
		['a child who is not in the Forum Anak', child, 'K1', 'K1', false],
		['the planning agency', bappeda, null, 'K1', false],
		['an admin', admin, null, null, false]
	] as const)('%s: %s', (_name, who, own, kecamatanCode, ok) => {
		expect(mayWorkOn(who, own, { kecamatanCode }, NOW)).toBe(ok);
	});

	it.each([
		['disusun', null],
		['diajukan', 'ticket_not_editable'],
		['diterima', 'ticket_not_editable'],
		['ditolak', 'ticket_not_editable']
	] as const)('only while being written: %s → %s', (status, problem) => {
		expect(editProblem(facilitator, null, { kecamatanCode: 'K1', status }, NOW)).toBe(problem);
	});

	it('says forbidden before it says not editable', () => {
		expect(editProblem(child, 'K1', { kecamatanCode: 'K1', status: 'diajukan' }, NOW)).toBe(
			'ticket_forbidden'
		);
	});
});

const complete: Completeness = {
	title: 'Lampu jalan ke sekolah',
	problem: 'Jalan gelap.',
	activity: 'Pemasangan lampu penerangan jalan',
	kecamatanCode: 'K1',
	locationNote: null,
	beneficiaries: 120,
	beneficiaryAges: '6–12 tahun',
	opdId: 3,
	volume: 10,
	unit: 'titik',
	priority: 1,
	cluster: 5
};

describe('what a proposal needs before it is sent', () => {
	it('nothing missing when every required field is filled; the cost is optional', () => {
		expect(missingForSubmit(complete)).toEqual([]);
	});

	it('a kabupaten-wide proposal needs the place described instead of a kecamatan', () => {
		expect(missingForSubmit({ ...complete, kecamatanCode: null })).toEqual(['location']);
		expect(missingForSubmit({ ...complete, kecamatanCode: null, locationNote: 'Seluruh kabupaten' })).toEqual(
			[]
		);
	});

	it.each([
		['activity', { activity: '   ' }],
		['beneficiaries', { beneficiaries: null }],
		['beneficiaries', { beneficiaries: 0 }],
		['beneficiaries', { beneficiaries: 2.5 }],
		['beneficiaryAges', { beneficiaryAges: '' }],
		['opdId', { opdId: null }],
		['volume', { volume: null }],
		['volume', { volume: 0 }],
		['unit', { unit: null }],
		['priority', { priority: 0 }],
		['cluster', { cluster: 6 }],
		['title', { title: '' }],
		['problem', { problem: ' ' }]
	] as const)('names %s when it is %o', (field, change) => {
		expect(missingForSubmit({ ...complete, ...change })).toEqual([field]);
	});

	it('lists every missing field in form order', () => {
		expect(
			missingForSubmit({ ...complete, activity: '', opdId: null, unit: null, beneficiaries: null })
		).toEqual(['activity', 'beneficiaries', 'opdId', 'unit']);
	});
});
