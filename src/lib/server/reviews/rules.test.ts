import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../db/schema';
import { DomainError } from '../errors';
import { decide, NEXT, progressNote, type DecisionInput } from './rules';

const now = new Date('2028-03-01T05:00:00Z');
const ctx = { cyclePlanYear: 2028, now };

const accept: DecisionInput = {
	status: 'diterima',
	programName: 'Program Pemenuhan Hak Anak',
	planYear: 2028,
	amount: 150_000_000
};
const defer: DecisionInput = {
	status: 'ditunda',
	reason: 'Anggaran tahun ini sudah penuh.',
	deferredToYear: 2029
};
const decline: DecisionInput = { status: 'ditolak', reason: 'Jalan ini milik provinsi, bukan kabupaten.' };
const realise: DecisionInput = {
	status: 'direalisasikan',
	realisedAt: new Date('2028-02-01T00:00:00Z'),
	note: 'Lampu jalan sudah dipasang di depan sekolah.'
};
const inputs = { diterima: accept, ditunda: defer, ditolak: decline, direalisasikan: realise };

/** The error code a decision is refused with, or 'ok'. */
function outcome(from: ProposalStatus, input: DecisionInput, c = ctx): string {
	try {
		decide(from, input, c);
		return 'ok';
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
}

describe('which decision may follow which status', () => {
	const table: [ProposalStatus, keyof typeof inputs, string][] = [
		['disusun', 'diterima', 'review_not_submitted'],
		['disusun', 'ditunda', 'review_not_submitted'],
		['disusun', 'ditolak', 'review_not_submitted'],
		['disusun', 'direalisasikan', 'review_not_submitted'],
		['diajukan', 'diterima', 'ok'],
		['diajukan', 'ditunda', 'ok'],
		['diajukan', 'ditolak', 'ok'],
		['diajukan', 'direalisasikan', 'review_realise_needs_accepted'],
		['diterima', 'diterima', 'ok'],
		['diterima', 'ditunda', 'ok'],
		['diterima', 'ditolak', 'ok'],
		['diterima', 'direalisasikan', 'ok'],
		['ditunda', 'diterima', 'ok'],
		['ditunda', 'ditunda', 'ok'],
		['ditunda', 'ditolak', 'ok'],
		['ditunda', 'direalisasikan', 'review_realise_needs_accepted'],
		['ditolak', 'diterima', 'review_final'],
		['ditolak', 'ditunda', 'review_final'],
		['ditolak', 'direalisasikan', 'review_final'],
		['direalisasikan', 'diterima', 'review_final'],
		['direalisasikan', 'ditolak', 'review_final']
	];
	it.each(table)('%s → %s: %s', (from, to, expected) => {
		expect(outcome(from, inputs[to])).toBe(expected);
	});

	it('agrees with the NEXT table the pages use to offer forms', () => {
		for (const from of PROPOSAL_STATUSES)
			for (const to of Object.keys(inputs) as (keyof typeof inputs)[])
				expect(outcome(from, inputs[to]) === 'ok').toBe(NEXT[from].includes(to));
	});
});

describe('what each decision needs', () => {
	it.each([
		['no program name', { ...accept, programName: '  ' }, 'review_program'],
		['a program name too long', { ...accept, programName: 'x'.repeat(201) }, 'review_program'],
		['an amount of zero', { ...accept, amount: 0 }, 'review_amount'],
		['a negative amount', { ...accept, amount: -5 }, 'review_amount'],
		['a fractional amount', { ...accept, amount: 10.5 }, 'review_amount'],
		['no amount', { ...accept, amount: Number.NaN }, 'review_amount'],
		['a plan year two before the cycle', { ...accept, planYear: 2026 }, 'review_plan_year'],
		['a plan year far ahead', { ...accept, planYear: 2034 }, 'review_plan_year'],
		['a deferral without reason', { ...defer, reason: 'nanti' }, 'review_reason'],
		['a deferral to the same year', { ...defer, deferredToYear: 2028 }, 'review_deferred_year'],
		['a decline without reason', { ...decline, reason: '' }, 'review_reason'],
		['a decline with a long reason', { ...decline, reason: 'x'.repeat(1001) }, 'review_reason'],
		['a realisation in the future', { ...realise, realisedAt: new Date('2028-04-01') }, 'review_realised_at'],
		['a realisation on no date', { ...realise, realisedAt: new Date('x') }, 'review_realised_at'],
		['a realisation without note', { ...realise, note: 'sudah' }, 'review_note']
	] as [string, DecisionInput, string][])('refuses %s', (_name, input, code) => {
		const from: ProposalStatus = input.status === 'direalisasikan' ? 'diterima' : 'diajukan';
		expect(outcome(from, input)).toBe(code);
	});

	it('names the field the message belongs next to', () => {
		expect(() => decide('diajukan', { ...accept, amount: 0 }, ctx)).toThrow(
			expect.objectContaining({ field: 'amount' })
		);
	});

	it('accepts with program, year and amount, clearing an earlier reason', () => {
		const { patch, note } = decide('ditunda', { ...accept, programName: '  Program A  ' }, ctx);
		expect(patch).toEqual({
			status: 'diterima',
			programName: 'Program A',
			planYear: 2028,
			amount: 150_000_000,
			reason: null,
			deferredToYear: null
		});
		expect(note).toBe('Program A');
	});

	it('accepts a plan year one before the cycle (a budget change) and up to five later', () => {
		expect(outcome('diajukan', { ...accept, planYear: 2027 })).toBe('ok');
		expect(outcome('diajukan', { ...accept, planYear: 2033 })).toBe('ok');
	});

	it('defers with a reason and optionally the later year, clearing an earlier acceptance', () => {
		expect(decide('diterima', { ...defer, deferredToYear: null }, ctx).patch).toMatchObject({
			status: 'ditunda',
			deferredToYear: null,
			programName: null,
			amount: null
		});
		expect(decide('diajukan', defer, ctx).patch.deferredToYear).toBe(2029);
	});

	it('records a realisation with its date, note and photo and keeps the accepted program', () => {
		const { patch } = decide('diterima', { ...realise, photo: 'a'.repeat(32) + '.webp' }, ctx);
		expect(patch).toEqual({
			status: 'direalisasikan',
			realisedAt: realise.status === 'direalisasikan' ? realise.realisedAt : null,
			realisationNote: 'Lampu jalan sudah dipasang di depan sekolah.',
			realisationPhoto: 'a'.repeat(32) + '.webp'
		});
		expect(patch).not.toHaveProperty('programName');
	});

	it('realises on today’s date', () => {
		expect(outcome('diterima', { ...realise, realisedAt: now })).toBe('ok');
	});
});

describe('progress notes', () => {
	it('need a few words and not too many', () => {
		expect(progressNote('  Survei lokasi sudah dilakukan.  ')).toBe('Survei lokasi sudah dilakukan.');
		expect(() => progressNote('ok')).toThrow('review_note');
		expect(() => progressNote('x'.repeat(1001))).toThrow('review_note');
	});
});
