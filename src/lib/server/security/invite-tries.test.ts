import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { DomainError } from '../errors';
import * as regions from '../regions';
import { createCodes } from '../verification';
import { addAccount, userRow } from '../verification/test-helpers';
import { redeem } from './invite-tries';
import { RateLimited, RULES } from './limits';

const { db, cleanup } = createTestDb();
afterAll(cleanup);
regions.ensureShipped(db);

const facilitator = addAccount(db, 'fasil.kode', ['fasilitator']);
const good = createCodes(db, facilitator, {
	label: 'SD Negeri 1',
	desaCode: null,
	maxUses: 100,
	expiresAt: new Date(Date.now() + 30 * 86_400_000),
	count: 1
})[0]!;
const WRONG = 'ZZZZ-ZZZZ';

let n = 0;
const child = () => addAccount(db, `anak.kode${++n}`, ['anak']);
const outcome = (run: () => unknown) =>
	Promise.resolve()
		.then(run)
		.then(
			(r) => r,
			(e: unknown) => (e instanceof RateLimited ? 'limited' : e instanceof DomainError ? e.code : 'crash')
		);

describe('invite-code tries', () => {
	it('verifies with a right code and does not count it', async () => {
		const id = child();
		expect(await outcome(() => redeem(db, { id }, good.code, '10.30.0.1'))).toBe('verified');
		expect(userRow(db, id)?.verifiedAt).not.toBeNull();
	});

	it('stops an account after 10 wrong codes, even for the right one, and verifies nothing', async () => {
		const id = child();
		for (let i = 0; i < RULES.invite_code_account.points; i++)
			expect(await outcome(() => redeem(db, { id }, WRONG, `10.31.0.${i}`))).toBe('verif_code_invalid');
		expect(await outcome(() => redeem(db, { id }, good.code, '10.31.1.1'))).toBe('limited');
		expect(userRow(db, id)?.verifiedAt).toBeNull();
	});

	it('stops an address after 50 wrong codes from many accounts, and only that address', async () => {
		const ip = '10.32.0.1';
		for (let i = 0; i < RULES.invite_code_ip.points; i++)
			await outcome(() => redeem(db, { id: child() }, WRONG, ip));
		expect(await outcome(() => redeem(db, { id: child() }, good.code, ip))).toBe('limited');
		expect(await outcome(() => redeem(db, { id: child() }, good.code, '10.32.0.2'))).toBe('verified');
	});

	it('a class typing the right code from one address is never stopped', async () => {
		const ip = '10.33.0.1';
		for (let i = 0; i < 60; i++)
			expect(await outcome(() => redeem(db, { id: child() }, good.code, ip))).toBe('verified');
	});
});
