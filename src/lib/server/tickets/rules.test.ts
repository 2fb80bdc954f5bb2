import { describe, expect, it } from 'vitest';
import { shortlist, type Candidate, type CastVote } from './rules';

const RULE = { minVotes: 3, perKecamatan: 1, forKabupaten: 2 };
const t = (minute: number) => new Date(Date.UTC(2027, 2, 1, 8, minute));
const idea = (
	id: number,
	kecamatanCode: string | null,
	status: Candidate['status'] = 'terbit'
): Candidate => ({
	id,
	status,
	kecamatanCode
});
/** `n` verified votes for an idea, the last one at `lastMinute`. */
const votesFor = (ideaId: number, n: number, lastMinute: number, verified = true): CastVote[] =>
	Array.from({ length: n }, (_, i) => ({ ideaId, verified, at: t(lastMinute - (n - 1 - i)) }));

const winners = (lines: ReturnType<typeof shortlist>) =>
	lines.filter((l) => l.slot).map((l) => [l.ideaId, l.slot, l.rank]);

describe('golden-ticket shortlist', () => {
	it('gives the top idea of each kecamatan a ticket, then the best of the rest to the kabupaten', () => {
		const lines = shortlist(
			[idea(1, 'A'), idea(2, 'A'), idea(3, 'B'), idea(4, null), idea(5, 'B')],
			[
				...votesFor(1, 9, 30),
				...votesFor(2, 7, 30),
				...votesFor(3, 4, 30),
				...votesFor(4, 6, 30),
				...votesFor(5, 3, 30)
			],
			RULE
		);
		expect(winners(lines)).toEqual([
			[1, 'kecamatan', 1],
			[2, 'kabupaten', 1],
			[4, 'kabupaten', 2],
			[3, 'kecamatan', 1]
		]);
		expect(lines.find((l) => l.ideaId === 5)).toMatchObject({ slot: null, excluded: null, votes: 3 });
	});

	it('breaks a tie by who reached the count first, then by the older idea', () => {
		const lines = shortlist(
			[idea(1, 'A'), idea(2, 'A'), idea(3, 'A')],
			[...votesFor(1, 5, 40), ...votesFor(2, 5, 20), ...votesFor(3, 5, 20)],
			{ ...RULE, forKabupaten: 0 }
		);
		expect(winners(lines)).toEqual([[2, 'kecamatan', 1]]);
		expect(lines.map((l) => l.ideaId)).toEqual([2, 3, 1]);
	});

	it('leaves out ideas below the minimum, and a kecamatan with fewer eligible ideas simply has fewer tickets', () => {
		const lines = shortlist([idea(1, 'A'), idea(2, 'B')], [...votesFor(1, 3, 10), ...votesFor(2, 2, 10)], {
			minVotes: 3,
			perKecamatan: 2,
			forKabupaten: 5
		});
		expect(winners(lines)).toEqual([[1, 'kecamatan', 1]]);
		expect(lines.find((l) => l.ideaId === 2)).toMatchObject({ excluded: 'below_minimum', votes: 2 });
	});

	it.each(['digabung', 'disembunyikan', 'ditarik', 'menunggu', 'perlindungan'] as const)(
		'never gives a ticket to a %s idea, whatever its votes',
		(status) => {
			const lines = shortlist([idea(1, 'A', status)], votesFor(1, 50, 10), RULE);
			expect(lines[0]).toMatchObject({ slot: null, excluded: 'not_published' });
		}
	);

	it('does not count votes of children un-verified since', () => {
		const lines = shortlist(
			[idea(1, 'A'), idea(2, 'A')],
			[...votesFor(1, 3, 10), ...votesFor(1, 4, 12, false), ...votesFor(2, 4, 20)],
			{ ...RULE, forKabupaten: 0 }
		);
		expect(winners(lines)).toEqual([[2, 'kecamatan', 1]]);
		expect(lines.find((l) => l.ideaId === 1)).toMatchObject({ votes: 3, reachedAt: t(10) });
	});

	it('does not hand a kecamatan’s unused slots to another: runners-up compete for the kabupaten slots', () => {
		const lines = shortlist(
			[idea(1, 'A'), idea(2, 'A'), idea(3, 'A'), idea(4, 'B')],
			[...votesFor(1, 9, 10), ...votesFor(2, 8, 10), ...votesFor(3, 7, 10), ...votesFor(4, 3, 10)],
			{ minVotes: 3, perKecamatan: 2, forKabupaten: 0 }
		);
		// B has one eligible idea for two slots; A's third idea still gets nothing.
		expect(winners(lines)).toEqual([
			[1, 'kecamatan', 1],
			[2, 'kecamatan', 2],
			[4, 'kecamatan', 1]
		]);
	});

	it('gives a kabupaten-wide idea only a kabupaten slot', () => {
		const lines = shortlist(
			[idea(1, null), idea(2, null), idea(3, 'A')],
			[...votesFor(1, 9, 10), ...votesFor(2, 8, 10), ...votesFor(3, 3, 10)],
			{ minVotes: 3, perKecamatan: 1, forKabupaten: 1 }
		);
		expect(winners(lines)).toEqual([
			[1, 'kabupaten', 1],
			[3, 'kecamatan', 1]
		]);
		expect(lines.find((l) => l.ideaId === 2)).toMatchObject({ slot: null, excluded: null });
	});

	it('counts a merged idea’s moved votes for its target only, with their original times', () => {
		// After a merge the votes carry the target's id; the merged idea itself is 'digabung'.
		const moved = votesFor(1, 4, 5).map((v) => ({ ...v, ideaId: 2 }));
		const lines = shortlist(
			[idea(1, 'A', 'digabung'), idea(2, 'A'), idea(3, 'A')],
			[...moved, ...votesFor(2, 2, 30), ...votesFor(3, 6, 20)],
			{ ...RULE, forKabupaten: 0 }
		);
		expect(lines.find((l) => l.ideaId === 2)).toMatchObject({ votes: 6, reachedAt: t(30), slot: null });
		expect(winners(lines)).toEqual([[3, 'kecamatan', 1]]);
		expect(lines.find((l) => l.ideaId === 1)).toMatchObject({ votes: 0, excluded: 'not_published' });
	});

	it('gives nothing when the rule allows no tickets', () => {
		const lines = shortlist([idea(1, 'A')], votesFor(1, 9, 10), {
			minVotes: 1,
			perKecamatan: 0,
			forKabupaten: 0
		});
		expect(winners(lines)).toEqual([]);
	});
});
