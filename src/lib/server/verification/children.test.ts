import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../db/test-db';
import { Conflict, Invalid, NotFound } from '../errors';
import * as regions from '../regions';
import { CHILDREN_PAGE_SIZE, getChild, listChildren, unverify, verifyByHand } from './children';
import { createCodes } from './codes';
import { redeem } from './redeem';
import { addAccount, auditFor, LESABELA, thrown, userRow } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const NOW = new Date('2026-03-01T03:00:00Z');
const SUNGAI_DURI = '61.07.01.2001';
let fasil: string;

beforeAll(() => {
	regions.ensureShipped(db);
	fasil = addAccount(db, 'fasil.ledo', ['fasilitator']);
});

describe('verifyByHand and unverify', () => {
	it('verifies a child with who, how and why, then takes it back, each in the log', () => {
		const id = addAccount(db, 'sari', ['anak']);
		verifyByHand(db, fasil, id, '  Bertemu di sesi desa Lesabela ', NOW);
		expect(userRow(db, id)).toMatchObject({
			verifiedAt: NOW,
			verifiedBy: fasil,
			verificationMethod: 'manual',
			inviteCodeId: null
		});
		unverify(db, fasil, id, 'Akun dipakai kakaknya');
		expect(userRow(db, id)).toMatchObject({
			verifiedAt: null,
			verifiedBy: null,
			verificationMethod: null,
			inviteCodeId: null
		});
		expect(auditFor(db, 'user', id).map((r) => [r.action, r.actorId, r.reason, r.details])).toEqual([
			['user.verify', fasil, 'Bertemu di sesi desa Lesabela', { method: 'manual' }],
			[
				'user.unverify',
				fasil,
				'Akun dipakai kakaknya',
				{ previousMethod: 'manual', previousVerifiedBy: fasil, previousInviteCodeId: null }
			]
		]);
	});

	it('un-verifies a child verified with a code, recording which code it was', () => {
		const [code] = createCodes(db, fasil, {
			label: 'Sesi desa',
			desaCode: null,
			maxUses: 5,
			expiresAt: new Date(Date.now() + 86_400_000),
			count: 1
		});
		const id = addAccount(db, 'budi', ['anak']);
		redeem(db, { id }, code!.code);
		unverify(db, fasil, id, 'Kode dibagikan ke orang lain');
		expect(auditFor(db, 'user', id).at(-1)?.details).toEqual({
			previousMethod: 'invite',
			previousVerifiedBy: fasil,
			previousInviteCodeId: code!.id
		});
	});

	it('refuses to verify twice or un-verify an unverified child, logging nothing', () => {
		const id = addAccount(db, 'dua.kali', ['anak']);
		verifyByHand(db, fasil, id, 'Bertemu langsung', NOW);
		expect(thrown(() => verifyByHand(db, fasil, id, 'Lagi', NOW))).toMatchObject({
			name: 'Conflict',
			code: 'verif_already'
		});
		unverify(db, fasil, id, 'Salah akun');
		const e = thrown(() => unverify(db, fasil, id, 'Salah akun lagi'));
		expect(e).toBeInstanceOf(Conflict);
		expect(e).toMatchObject({ code: 'verif_not_verified' });
		expect(auditFor(db, 'user', id)).toHaveLength(2);
	});

	it('only acts on child accounts that exist', () => {
		const staff = addAccount(db, 'staf.lain', ['bappeda']);
		for (const run of [verifyByHand, unverify]) {
			const e = thrown(() => run(db, fasil, staff, 'Coba saja'));
			expect(e).toBeInstanceOf(Invalid);
			expect(e).toMatchObject({ code: 'verif_not_child' });
			expect(thrown(() => run(db, fasil, 'tidak-ada', 'Coba saja'))).toBeInstanceOf(NotFound);
		}
		const deleted = addAccount(db, 'terhapus', ['anak'], { deletedAt: NOW });
		expect(thrown(() => verifyByHand(db, fasil, deleted, 'Coba saja'))).toBeInstanceOf(NotFound);
		expect(userRow(db, staff)?.verifiedAt).toBeNull();
		expect(auditFor(db, 'user', staff)).toEqual([]);
	});

	it.each(['', '  ', 'ok', 'x'.repeat(501)])('needs a reason of 3 to 500 characters, not %j', (reason) => {
		const id = addAccount(db, `alasan${reason.length}${Math.random()}`.slice(0, 30), ['anak']);
		expect(thrown(() => verifyByHand(db, fasil, id, reason))).toMatchObject({
			name: 'Invalid',
			code: 'verif_reason',
			field: 'reason'
		});
		expect(userRow(db, id)?.verifiedAt).toBeNull();
	});
});

describe('listChildren', () => {
	beforeAll(() => {
		for (let i = 1; i <= CHILDREN_PAGE_SIZE + 2; i++)
			addAccount(db, `murid${String(i).padStart(2, '0')}`, ['anak'], { desaCode: SUNGAI_DURI });
		addAccount(db, 'murid_x', ['anak'], { verifiedAt: NOW, verificationMethod: 'manual', verifiedBy: fasil });
		addAccount(db, 'murid.staf', ['fasilitator']);
		addAccount(db, 'murid.hapus', ['anak'], { deletedAt: NOW });
	});

	it('lists children only, by name, a page at a time, with desa and kecamatan', () => {
		const first = listChildren(db, { q: 'MURID' });
		expect(first.children).toHaveLength(CHILDREN_PAGE_SIZE);
		expect(first.hasNext).toBe(true);
		expect(first.children[0]).toMatchObject({
			username: 'murid01',
			desa: 'Sungai Duri',
			kecamatan: 'Sungai Raya',
			verifiedAt: null,
			method: null
		});
		const second = listChildren(db, { q: 'murid', page: 2 });
		expect(second.children.map((c) => c.username)).toEqual(['murid31', 'murid32', 'murid_x']);
		expect(second.hasNext).toBe(false);
	});

	it('shows how and by whom a child was verified', () => {
		const [row] = listChildren(db, { q: 'murid_x' }).children;
		expect(row).toMatchObject({
			method: 'manual',
			verifier: 'fasil.ledo',
			desa: 'Lesabela',
			verifiedAt: NOW
		});
	});

	it('filters by verified state and desa', () => {
		expect(listChildren(db, { q: 'murid', verified: true }).children.map((c) => c.username)).toEqual([
			'murid_x'
		]);
		expect(listChildren(db, { q: 'murid', verified: false, page: 2 }).children).toHaveLength(2);
		expect(listChildren(db, { q: 'murid', desaCode: LESABELA }).children.map((c) => c.username)).toEqual([
			'murid_x'
		]);
	});

	it('treats % and _ in the search as plain characters', () => {
		expect(listChildren(db, { q: '_' }).children.map((c) => c.username)).toEqual(['murid_x']);
		expect(listChildren(db, { q: '%' }).children).toEqual([]);
	});

	it('reads a page with one query, whatever its size', () => {
		const prepare = vi.spyOn(db.$client, 'prepare');
		listChildren(db, { q: 'murid' });
		expect(prepare).toHaveBeenCalledTimes(1);
		prepare.mockRestore();
	});

	it('gets one child, and NotFound for staff or deleted accounts', () => {
		const id = listChildren(db, { q: 'murid01' }).children[0]!.id;
		expect(getChild(db, id)).toMatchObject({ username: 'murid01', desa: 'Sungai Duri' });
		expect(thrown(() => getChild(db, fasil))).toBeInstanceOf(NotFound);
		const gone = addAccount(db, 'hilang', ['anak'], { deletedAt: NOW });
		expect(thrown(() => getChild(db, gone))).toBeInstanceOf(NotFound);
	});
});
