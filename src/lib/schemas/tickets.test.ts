import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { confirmSchema, proposalSchema } from '$lib/schemas/tickets';

describe('form limits', () => {
	it('ask for a reason next to each ticked change, and only there', () => {
		const form = {
			cycleId: 1,
			changes: ['skip:7', 'add:9'],
			ideaIds: [7, 8, 9],
			reasons: ['Sudah dianggarkan desa tahun ini.', '', 'pendek']
		};
		const r = confirmSchema.safeParse(form);
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path)).toEqual([['reasons', 2]]);
		expect(confirmSchema.safeParse({ ...form, changes: ['skip:7'] }).success).toBe(true);
		expect(confirmSchema.safeParse({ ...form, changes: ['drop:7'] }).success).toBe(false);
	});

	it('save a proposal with optional numbers left empty', () => {
		const ok = proposalSchema.safeParse({
			title: ' Lampu jalan ke sekolah ',
			problem: 'Jalan ke sekolah gelap sekali waktu pulang sore hari.',
			beneficiaries: null,
			opdId: null,
			cost: '',
			volume: null,
			priority: 1,
			cluster: 5
		});
		expect(ok.success && ok.data).toMatchObject({ title: 'Lampu jalan ke sekolah', activity: '', unit: '' });
		expect(proposalSchema.safeParse({ title: 'Lampu', problem: 'x', priority: 0, cluster: 6 }).success).toBe(
			false
		);
	});

	it('read the cost as officials write it, and refuse what is no amount', () => {
		const base = {
			title: 'Lampu jalan ke sekolah',
			problem: 'Jalan ke sekolah gelap sekali waktu pulang sore hari.',
			beneficiaries: null,
			opdId: null,
			volume: null,
			priority: 1,
			cluster: 5
		};
		for (const cost of ['250.000.000', '250 juta', 'Rp 250.000.000', ''])
			expect(proposalSchema.safeParse({ ...base, cost }).success, cost).toBe(true);
		for (const cost of ['banyak', '-5', '25.0000', '99999 triliun']) {
			const r = proposalSchema.safeParse({ ...base, cost });
			expect(
				r.error?.issues.map((i) => [i.path, i.message]),
				cost
			).toEqual([[['cost'], m.ticket_v_amount()]]);
		}
	});
});
