import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import * as ideasApi from './index';
import { makeCycle, makeIdea, makeUser } from './test-helpers';

describe('browsing, search and the idea page', () => {
	const t = createTestDb();
	const db = t.db;
	afterAll(() => t.cleanup());
	const ids = { lamp: 0, park: 0, clinic: 0, pending: 0, safeguard: 0 };
	let cycleId: number;
	let author: ReturnType<typeof makeUser>;

	beforeAll(() => {
		cycleId = makeCycle(db).id;
		author = makeUser(db);
		ids.lamp = makeIdea(db, author, { cycleId, title: 'Lampu jalan menuju sekolah', votes: 3 }).id;
		ids.park = makeIdea(db, author, {
			cycleId,
			title: 'Taman bermain ramah anak',
			body: 'Ayunan di lapangan desa sudah patah dan berkarat, kami butuh tempat main yang aman.',
			cluster: 4,
			votes: 9
		}).id;
		ids.clinic = makeIdea(db, author, {
			cycleId,
			title: 'Puskesmas buka hari Sabtu',
			body: 'Kalau sakit hari Sabtu kami harus menunggu sampai Senin, jauh sekali ke kota.',
			cluster: 3,
			votes: 5
		}).id;
		ids.pending = makeIdea(db, author, {
			cycleId,
			title: 'Lampu taman yang belum dicek',
			status: 'menunggu'
		}).id;
		ids.safeguard = makeIdea(db, author, {
			cycleId,
			title: 'Tolong saya takut di rumah',
			status: 'perlindungan'
		}).id;
	});

	it('lists only published ideas, most supported first', () => {
		const { ideas, total } = ideasApi.browse(db, { cycleId });
		expect(ideas.map((i) => i.id)).toEqual([ids.park, ids.clinic, ids.lamp]);
		expect(total).toBe(3);
		expect(ideas[0]).toMatchObject({
			authorName: author.username,
			authorDesa: 'Sungai Duri',
			placeName: 'Sungai Duri'
		});
	});

	it('searches words as prefixes, ignoring case', () => {
		expect(ideasApi.browse(db, { q: 'SEKOL' }).ideas.map((i) => i.id)).toEqual([ids.lamp]);
		expect(ideasApi.browse(db, { q: 'taman ramah' }).ideas.map((i) => i.id)).toEqual([ids.park]);
		expect(ideasApi.browse(db, { q: 'sabtu' }).ideas.map((i) => i.id)).toEqual([ids.clinic]);
		expect(ideasApi.browse(db, { q: 'tidak-ada-kata-ini' }).total).toBe(0);
	});

	it('filters by cluster and by kecamatan, and pages stay stable', () => {
		expect(ideasApi.browse(db, { cluster: 3 }).ideas.map((i) => i.id)).toEqual([ids.clinic]);
		expect(ideasApi.browse(db, { kecamatan: '61.07.02' }).total).toBe(0);
		expect(ideasApi.browse(db, { page: 2 }).ideas).toHaveLength(0);
	});

	it('finds similar published ideas of the cycle while a child types a title', () => {
		const found = ideasApi.similar(db, cycleId, 'Lampu jalan rusak');
		expect(found.map((f) => f.id)).toEqual([ids.lamp]);
		expect(ideasApi.similar(db, cycleId, 'ab')).toEqual([]);
	});

	it('shows a waiting idea only to its author and staff, and a safeguarding post to no one but staff', () => {
		expect(() => ideasApi.get(db, ids.pending, null)).toThrow('idea');
		expect(() => ideasApi.get(db, ids.pending, makeUser(db))).toThrow('idea');
		expect(ideasApi.get(db, ids.pending, author).isAuthor).toBe(true);
		expect(ideasApi.get(db, ids.pending, makeUser(db, { kind: 'staff' })).status).toBe('menunggu');
		expect(() => ideasApi.get(db, ids.safeguard, author)).toThrow('idea');
		expect(() => ideasApi.get(db, ids.safeguard, makeUser(db, { kind: 'staff' }))).toThrow('idea');
	});

	it("gives the author's own ideas, but never a safeguarding post back on a shared phone", () => {
		const mine = ideasApi.mine(db, author.id);
		expect(mine.map((i) => i.status).sort()).toEqual(['menunggu', 'terbit', 'terbit', 'terbit']);
	});
});
