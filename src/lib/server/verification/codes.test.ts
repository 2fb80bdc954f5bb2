import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, inviteCodes } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import * as regions from '../regions';
import {
	codeState,
	CODES_PAGE_SIZE,
	createCodes,
	getCode,
	getCodes,
	listCodes,
	parseIdList,
	revokeCode,
	type NewCodes
} from './codes';
import { addAccount, auditFor, codeRow, LESABELA, thrown } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const NOW = new Date('2026-03-01T03:00:00Z');
const DAY = 86_400_000;
let fasil: string;

beforeAll(() => {
	regions.ensureShipped(db);
	fasil = addAccount(db, 'fasil.ledo', ['fasilitator']);
});

const input = (over: Partial<NewCodes> = {}): NewCodes => ({
	label: 'SDN 3 Ledo, kelas 6',
	desaCode: LESABELA,
	maxUses: 30,
	expiresAt: new Date(NOW.getTime() + 30 * DAY),
	count: 1,
	...over
});
const countOf = (table: typeof inviteCodes | typeof auditLog) =>
	db.select({ n: count() }).from(table).get()?.n;

describe('createCodes', () => {
	it('makes distinct readable codes with the same settings and one audit row for the batch', () => {
		const made = createCodes(db, fasil, input({ count: 12, label: '  SDN 3 Ledo, kelas 6 ' }), NOW);
		expect(made).toHaveLength(12);
		expect(new Set(made.map((c) => c.code)).size).toBe(12);
		for (const c of made) expect(c.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
		const first = codeRow(db, made[0]!.id);
		expect(first).toMatchObject({
			label: 'SDN 3 Ledo, kelas 6',
			desaCode: LESABELA,
			maxUses: 30,
			uses: 0,
			revokedAt: null,
			createdBy: fasil
		});
		const log = auditFor(db, 'invite_code', made[0]!.id);
		expect(log.map((r) => [r.action, r.actorId])).toEqual([['invite_code.create', fasil]]);
		expect(log[0]?.details).toMatchObject({ ids: made.map((c) => c.id), maxUses: 30, desaCode: LESABELA });
	});

	it('accepts no desa (a code for any desa), 500 uses, 50 codes and an expiry a year ahead', () => {
		const made = createCodes(
			db,
			fasil,
			input({ desaCode: null, maxUses: 500, count: 50, expiresAt: new Date(NOW.getTime() + 366 * DAY) }),
			NOW
		);
		expect(made).toHaveLength(50);
		expect(codeRow(db, made[0]!.id)?.desaCode).toBeNull();
		expect(createCodes(db, fasil, input({ desaCode: '  ' }), NOW)).toHaveLength(1);
	});

	it.each([
		['a label of 2 characters', { label: ' ab ' }, 'verif_label', 'label'],
		['a label of 81 characters', { label: 'x'.repeat(81) }, 'verif_label', 'label'],
		['a desa that does not exist', { desaCode: '61.07.99.9999' }, 'desa_unknown', 'desaCode'],
		['a kecamatan as desa', { desaCode: '61.07.03' }, 'desa_unknown', 'desaCode'],
		['0 uses', { maxUses: 0 }, 'verif_max_uses', 'maxUses'],
		['501 uses', { maxUses: 501 }, 'verif_max_uses', 'maxUses'],
		['2.5 uses', { maxUses: 2.5 }, 'verif_max_uses', 'maxUses'],
		['an expiry now', { expiresAt: NOW }, 'verif_expiry', 'expiresAt'],
		['an expiry in the past', { expiresAt: new Date(NOW.getTime() - DAY) }, 'verif_expiry', 'expiresAt'],
		[
			'an expiry beyond a year',
			{ expiresAt: new Date(NOW.getTime() + 367 * DAY) },
			'verif_expiry',
			'expiresAt'
		],
		['an invalid date', { expiresAt: new Date('x') }, 'verif_expiry', 'expiresAt'],
		['0 codes', { count: 0 }, 'verif_count', 'count'],
		['51 codes', { count: 51 }, 'verif_count', 'count']
	] as const)('refuses %s and writes nothing', (_label, over, code, field) => {
		const before = [countOf(inviteCodes), countOf(auditLog)];
		const e = thrown(() => createCodes(db, fasil, input(over), NOW));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code, field });
		expect([countOf(inviteCodes), countOf(auditLog)]).toEqual(before);
	});
});

describe('codeState', () => {
	const base = { uses: 0, maxUses: 2, expiresAt: new Date(NOW.getTime() + DAY), revokedAt: null };
	it.each([
		['active', base],
		['used_up', { ...base, uses: 2 }],
		['expired', { ...base, expiresAt: NOW }],
		['expired', { ...base, uses: 2, expiresAt: new Date(NOW.getTime() - 1) }],
		['revoked', { ...base, uses: 2, revokedAt: NOW, expiresAt: NOW }]
	] as const)('%s', (state, c) => {
		expect(codeState(c, NOW)).toBe(state);
	});
});

describe('listCodes and getCodes', () => {
	it('lists newest first with desa, creator, uses and state, a page at a time', () => {
		const [newest] = createCodes(db, fasil, input({ label: 'Terbaru' }), NOW);
		const first = listCodes(db, {}, NOW);
		expect(first.codes).toHaveLength(CODES_PAGE_SIZE);
		expect(first.hasNext).toBe(true);
		const ids = first.codes.map((c) => c.id);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));
		const withDesa = first.codes[0];
		expect(withDesa).toMatchObject({
			id: newest!.id,
			code: newest!.code,
			label: 'Terbaru',
			desa: 'Lesabela',
			createdBy: 'fasil.ledo',
			uses: 0,
			maxUses: 30,
			state: 'active'
		});
		expect(first.codes.at(-1)?.desa).toBeNull();
		const later = listCodes(db, {}, new Date(NOW.getTime() + 40 * DAY));
		expect(later.codes.find((c) => c.id === withDesa?.id)?.state).toBe('expired');
		expect(listCodes(db, { page: 0 }).page).toBe(1);
		expect(listCodes(db, { page: 99 }).codes).toEqual([]);
	});

	it('reads a page with one query', () => {
		const prepare = vi.spyOn(db.$client, 'prepare');
		listCodes(db, {}, NOW);
		expect(prepare).toHaveBeenCalledTimes(1);
		prepare.mockRestore();
	});

	it('gives the codes to print in order and skips unknown ids', () => {
		const made = createCodes(db, fasil, input({ count: 3, label: 'Cetak' }), NOW);
		const ids = made.map((c) => c.id);
		expect(getCodes(db, [ids[2]!, 999_999, ids[0]!, ids[1]!], NOW).map((c) => c.code)).toEqual(
			made.map((c) => c.code)
		);
		expect(getCodes(db, [])).toEqual([]);
	});
});

describe('parseIdList', () => {
	it.each([
		['12,13,14', [12, 13, 14]],
		['3,3,2', [3, 2]],
		['1,x,-2,0,2.5,,7', [1, 7]],
		['', []]
	])('%j gives %j', (text, ids) => {
		expect(parseIdList(text)).toEqual(ids);
	});

	it('reads no more ids than fit on one print page', () => {
		const text = Array.from({ length: 150 }, (_, i) => i + 1).join(',');
		expect(parseIdList(text)).toHaveLength(100);
		expect(parseIdList(null)).toEqual([]);
	});
});

describe('revokeCode', () => {
	it('revokes with the reason logged, once', () => {
		const [made] = createCodes(db, fasil, input({ label: 'Dicabut' }), NOW);
		const id = made!.id;
		revokeCode(db, fasil, id, '  Kartu hilang di jalan ', NOW);
		expect(getCode(db, id, NOW)).toMatchObject({ state: 'revoked', revokedAt: NOW });
		expect(auditFor(db, 'invite_code', id).at(-1)).toMatchObject({
			action: 'invite_code.revoke',
			actorId: fasil,
			reason: 'Kartu hilang di jalan',
			details: { code: made!.code, label: 'Dicabut', uses: 0 }
		});
		const before = auditFor(db, 'invite_code', id).length;
		expect(thrown(() => revokeCode(db, fasil, id, 'lagi', NOW))).toBeInstanceOf(Conflict);
		expect(auditFor(db, 'invite_code', id)).toHaveLength(before);
	});

	it('needs a reason and a known code', () => {
		const [made] = createCodes(db, fasil, input(), NOW);
		expect(thrown(() => revokeCode(db, fasil, made!.id, ' x ', NOW))).toMatchObject({
			name: 'Invalid',
			code: 'verif_reason',
			field: 'reason'
		});
		expect(codeRow(db, made!.id)?.revokedAt).toBeNull();
		expect(thrown(() => revokeCode(db, fasil, 999_999, 'tidak ada', NOW))).toBeInstanceOf(NotFound);
	});
});
