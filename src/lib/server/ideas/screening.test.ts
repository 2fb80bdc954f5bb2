import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { ideas, notifications } from '../db/schema';
import * as moderation from '../moderation';
import * as ideasApi from './index';
import { DESA, makeCycle, makeUser } from './test-helpers';

const base = { title: 'Taman bermain di desa', cluster: 4, level: 'desa' as const, regionCode: DESA };

describe('screening when an idea is posted', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	makeCycle(db);
	const count = () => db.select().from(ideas).all().length;

	it('stops a post with a phone number until the child chooses to send anyway, then flags it', async () => {
		const child = makeUser(db);
		const input = { ...base, body: 'Kalau mau bantu hubungi aku di 0812-3456-7890 ya, tamannya rusak.' };
		const before = count();
		let warning: unknown;
		try {
			await ideasApi.submit(db, child, input, null);
		} catch (e) {
			warning = e;
		}
		expect(warning).toBeInstanceOf(ideasApi.ScreeningWarning);
		expect((warning as ideasApi.ScreeningWarning).hits.personal.join(' ')).toContain('0812');
		expect(count()).toBe(before);

		const { id, safeguarding } = await ideasApi.submit(db, child, input, null, new Date(), true);
		expect(safeguarding).toBe(false);
		const row = db.select().from(ideas).where(eq(ideas.id, id)).get();
		expect(row?.status).toBe('menunggu');
		expect(row?.screening?.personal.length).toBeGreaterThan(0);
		// Flagged items are not published in bulk.
		expect(moderation.bulkApprove(db, makeUser(db, { kind: 'staff' }), [id])).toEqual([]);
	});

	it('routes a possible disclosure of harm to safeguarding: never waiting in the queue, never public', async () => {
		const child = makeUser(db);
		const input = { ...base, body: 'Aku sering dipukul ayah kalau pulang sekolah, aku takut di rumah.' };
		const { id, safeguarding } = await ideasApi.submit(db, child, input, null);
		expect(safeguarding).toBe(true);
		expect(db.select().from(ideas).where(eq(ideas.id, id)).get()?.status).toBe('perlindungan');
		expect(moderation.pending(db).map((p) => p.id)).not.toContain(id);
		expect(ideasApi.browse(db, { q: 'dipukul' }).total).toBe(0);
		expect(() => ideasApi.get(db, id, child)).toThrow('idea');
		// No "your idea waits for a facilitator" note on a shared phone.
		expect(db.select().from(notifications).where(eq(notifications.ideaId, id)).all()).toEqual([]);
	});

	it('an edit that adds a disclosure also goes to safeguarding', async () => {
		const child = makeUser(db);
		const { id } = await ideasApi.submit(
			db,
			child,
			{ ...base, body: 'Ayunan di taman desa kami patah dan berkarat.' },
			null
		);
		const result = await ideasApi.edit(db, child, id, {
			...base,
			body: 'Sebenarnya aku ingin bunuh diri saja, capek.'
		});
		expect(result.safeguarding).toBe(true);
		expect(db.select().from(ideas).where(eq(ideas.id, id)).get()?.status).toBe('perlindungan');
	});
});
