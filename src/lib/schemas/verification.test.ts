import { describe, expect, it } from 'vitest';
import { createCodesSchema, redeemSchema } from '$lib/schemas/verification';

describe('form limits', () => {
	it('parse a plain form post: numbers, an optional desa and a date', () => {
		const ok = createCodesSchema.safeParse({
			label: ' Kelas 6 ',
			maxUses: 30,
			expiresAt: '2026-04-01',
			count: 2
		});
		expect(ok.success && ok.data).toEqual({
			label: 'Kelas 6',
			desaCode: '',
			maxUses: 30,
			expiresAt: '2026-04-01',
			count: 2
		});
		for (const bad of [{ maxUses: 501 }, { count: 51 }, { expiresAt: '2026-02-30' }, { label: 'ab' }])
			expect(
				createCodesSchema.safeParse({
					label: 'Kelas 6',
					maxUses: 1,
					expiresAt: '2026-04-01',
					count: 1,
					...bad
				}).success
			).toBe(false);
		expect(redeemSchema.safeParse({ code: '   ' }).success).toBe(false);
	});
});
