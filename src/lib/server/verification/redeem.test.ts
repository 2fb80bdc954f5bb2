import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { createTestDb } from '../db/test-db';
import { Forbidden, Invalid } from '../errors';
import * as regions from '../regions';
import { registerChild } from '../users/register';
import { createCodes, revokeCode } from './codes';
import { redeem } from './redeem';
import { addAccount, auditFor, codeRow, LESABELA, thrown, userRow } from './test-helpers';

const { db, file, cleanup } = createTestDb();
afterAll(cleanup);

const NOW = new Date('2026-03-01T03:00:00Z');
const DAY = 86_400_000;
let fasil: string;
let n = 0;

beforeAll(() => {
	regions.ensureShipped(db);
	fasil = addAccount(db, 'fasil.ledo', ['fasilitator']);
});

const child = (extra = {}) => addAccount(db, `anak${++n}`, ['anak'], extra);
function code(over: { maxUses?: number; days?: number } = {}) {
	const [made] = createCodes(
		db,
		fasil,
		{
			label: 'SDN 3 Ledo, kelas 6',
			desaCode: LESABELA,
			maxUses: over.maxUses ?? 10,
			expiresAt: new Date(NOW.getTime() + (over.days ?? 30) * DAY),
			count: 1
		},
		NOW
	);
	return made!;
}
const invalid = (fn: () => unknown) => {
	const e = thrown(fn);
	expect(e).toBeInstanceOf(Invalid);
	expect(e).toMatchObject({ code: 'verif_code_invalid', field: 'code' });
};

describe('redeem', () => {
	it('verifies the child: the code’s creator is recorded, one use counted, and the log says how', () => {
		const c = code();
		const id = child();
		expect(redeem(db, { id }, c.code, NOW)).toBe('verified');
		expect(userRow(db, id)).toMatchObject({
			verifiedAt: NOW,
			verifiedBy: fasil,
			verificationMethod: 'invite',
			inviteCodeId: c.id
		});
		expect(codeRow(db, c.id)?.uses).toBe(1);
		expect(auditFor(db, 'user', id).map((r) => [r.action, r.actorId, r.details])).toEqual([
			[
				'user.verify',
				id,
				{ method: 'invite', inviteCodeId: c.id, label: 'SDN 3 Ledo, kelas 6', verifiedBy: fasil }
			]
		]);
	});

	it.each([
		['lower case', (c: string) => c.toLowerCase()],
		['without the dash', (c: string) => c.replace('-', '')],
		['with spaces', (c: string) => ` ${c.slice(0, 2)} ${c.slice(2).replace('-', ' ')} `],
		['with extra dashes', (c: string) => c.replace('-', '').split('').join('-')]
	])('accepts the code typed in %s', (_label, typed) => {
		const c = code();
		const id = child();
		expect(redeem(db, { id }, typed(c.code), NOW)).toBe('verified');
		expect(codeRow(db, c.id)?.uses).toBe(1);
	});

	it('lets a Forum Anak member redeem too', () => {
		const id = addAccount(db, 'forum.ledo', ['anak', 'forum_anak']);
		expect(redeem(db, { id }, code().code, NOW)).toBe('verified');
	});

	it('works right after registration', async () => {
		const id = await registerChild(
			db,
			{
				nickname: 'baru.daftar',
				password: 'rahasia-kita',
				birthYear: NOW.getFullYear() - 12,
				birthMonth: 1,
				desaCode: LESABELA,
				gender: null,
				guardianConsent: true
			},
			NOW
		);
		expect(redeem(db, { id }, code().code, NOW)).toBe('verified');
		expect(userRow(db, id)?.verificationMethod).toBe('invite');
	});

	it('refuses a wrong code, one that cannot be a code, and an empty one with the same message', () => {
		const id = child();
		for (const typed of ['ABCD-EFGH', 'ABCD-EFG0', '', 'x'.repeat(200)])
			invalid(() => redeem(db, { id }, typed, NOW));
		expect(userRow(db, id)?.verifiedAt).toBeNull();
		expect(auditFor(db, 'user', id)).toEqual([]);
	});

	it('refuses an expired code with the same message, at and after the expiry', () => {
		const c = code({ days: 1 });
		const id = child();
		invalid(() => redeem(db, { id }, c.code, new Date(NOW.getTime() + DAY)));
		invalid(() => redeem(db, { id }, c.code, new Date(NOW.getTime() + 2 * DAY)));
		expect(codeRow(db, c.id)?.uses).toBe(0);
		expect(redeem(db, { id }, c.code, new Date(NOW.getTime() + DAY - 1))).toBe('verified');
	});

	it('refuses a revoked code with the same message', () => {
		const c = code();
		revokeCode(db, fasil, c.id, 'Kartu hilang', NOW);
		const id = child();
		invalid(() => redeem(db, { id }, c.code, NOW));
		expect(codeRow(db, c.id)?.uses).toBe(0);
		expect(userRow(db, id)?.verifiedAt).toBeNull();
	});

	it('refuses a used-up code: a code for one child works once', () => {
		const c = code({ maxUses: 1 });
		const first = child();
		const second = child();
		expect(redeem(db, { id: first }, c.code, NOW)).toBe('verified');
		invalid(() => redeem(db, { id: second }, c.code, NOW));
		expect(codeRow(db, c.id)?.uses).toBe(1);
		expect(userRow(db, second)?.verifiedAt).toBeNull();
	});

	it('leaves an already verified child as they are, using nothing up', () => {
		const c = code();
		const id = child({
			verifiedAt: new Date(NOW.getTime() - DAY),
			verificationMethod: 'manual',
			verifiedBy: fasil
		});
		expect(redeem(db, { id }, c.code, NOW)).toBe('already');
		expect(redeem(db, { id }, 'not even a code', NOW)).toBe('already');
		expect(codeRow(db, c.id)?.uses).toBe(0);
		expect(userRow(db, id)).toMatchObject({ verificationMethod: 'manual', inviteCodeId: null });
		expect(auditFor(db, 'user', id)).toEqual([]);
	});

	it.each([
		['staff', () => addAccount(db, `staf${++n}`, ['fasilitator'])],
		[
			'a child account without a child role',
			() => addAccount(db, `tanpa${++n}`, [], { kind: 'child', birthYear: 2014, birthMonth: 1 })
		],
		['a child who turned 18', () => child({ birthYear: NOW.getFullYear() - 19 })],
		['a deactivated child', () => child({ deactivatedAt: NOW })],
		['a deleted child', () => child({ deletedAt: NOW })],
		['an unknown account', () => 'tidak-ada']
	])('refuses %s as Forbidden and uses nothing up', (_label, make) => {
		const c = code();
		const id = make();
		const e = thrown(() => redeem(db, { id }, c.code, NOW));
		expect(e).toBeInstanceOf(Forbidden);
		expect(e).toMatchObject({ code: 'verif_not_child' });
		expect(codeRow(db, c.id)?.uses).toBe(0);
	});

	it('gives the last use to one of two children redeeming at once on two connections', () => {
		const c = code({ maxUses: 2 });
		expect(redeem(db, { id: child() }, c.code, NOW)).toBe('verified');
		const other = openDatabase(file, path.resolve('drizzle'));
		try {
			const a = child();
			const b = child();
			const results = [
				() => redeem(db, { id: a }, c.code, NOW),
				() => redeem(other, { id: b }, c.code.toLowerCase(), NOW)
			].map((run) => {
				try {
					return run();
				} catch (e) {
					return e;
				}
			});
			expect(results.filter((r) => r === 'verified')).toHaveLength(1);
			expect(results.filter((r) => r instanceof Invalid)).toHaveLength(1);
			expect(codeRow(db, c.id)?.uses).toBe(2);
			expect([userRow(db, a)?.verifiedAt, userRow(db, b)?.verifiedAt].filter(Boolean)).toHaveLength(1);
		} finally {
			other.$client.close();
		}
	});
});
