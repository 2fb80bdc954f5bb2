// A safeguarding item never shows through the public reading paths of the ideas domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { createTestDb } from '../db/test-db';
import { NotFound } from '../errors';
import * as ideas from '../ideas';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const TITLE = 'Bapak tiri memukul saya setiap malam';
const BODY = 'Bapak tiri memukul saya setiap malam kalau mabuk, saya takut pulang ke rumah sendiri.';
let cycleId: number;
let author: SessionUser;
let other: SessionUser;
let secretId: number;

beforeAll(() => {
	cycleId = makeCycle(db).id;
	author = makeUser(db, { verified: true });
	other = makeUser(db, { verified: true });
	secretId = makeIdea(db, author, { cycleId, status: 'perlindungan', title: TITLE, body: BODY }).id;
	// A published idea sharing words, so the searches below do match something.
	makeIdea(db, other, {
		cycleId,
		title: 'Lampu jalan malam di rumah warga',
		body: 'Jalan di depan rumah warga gelap setiap malam, kami takut pulang mengaji.'
	});
});

describe('a safeguarding item stays out of public reading', () => {
	it('is not listed, searched or filtered into /aspirasi', () => {
		const queries = [
			{},
			{ cycleId },
			{ q: 'malam' },
			{ q: 'bapak tiri memukul' },
			{ status: 'perlindungan' as const }
		];
		for (const f of queries) {
			const found = ideas.browse(db, f);
			expect(
				found.ideas.map((i) => i.id),
				JSON.stringify(f)
			).not.toContain(secretId);
		}
		expect(ideas.browse(db, { q: 'memukul' }).total).toBe(0);
		expect(ideas.browse(db, { q: 'malam' }).total).toBe(1);
	});

	it('is never offered as a similar idea while a child types', () => {
		for (const text of [TITLE, 'takut pulang malam', BODY]) {
			expect(ideas.similar(db, cycleId, text).map((i) => i.id)).not.toContain(secretId);
			expect(ideas.similar(db, null, text).map((i) => i.id)).not.toContain(secretId);
		}
	});

	it('is not found on the idea page by a visitor, another child or its own author', () => {
		for (const viewer of [null, other, author]) {
			expect(() => ideas.get(db, secretId, viewer)).toThrow(NotFound);
		}
	});
});
