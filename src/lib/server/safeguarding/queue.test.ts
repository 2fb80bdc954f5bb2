import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { createTestDb } from '../db/test-db';
import { ideas, users, type IdeaStatus } from '../db/schema';
import { Forbidden, NotFound } from '../errors';
import { makeIdea, makeUser } from '../ideas/test-helpers';
import * as safeguarding from './index';
import { addAction, makeItem, makeSafeguarder } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const HOUR = 3_600_000;
const now = new Date('2027-03-15T08:00:00Z');
let lead: SessionUser;
let child: SessionUser;
const ids = { oldest: 0, noted: 0, referred: 0, newest: 0, published: 0 };

beforeAll(() => {
	lead = makeSafeguarder(db);
	child = makeUser(db, { verified: true, now });
	// Thirteen years and six months old on `now`.
	db.update(users).set({ birthYear: 2013, birthMonth: 9 }).where(eq(users.id, child.id)).run();
	ids.newest = makeItem(db, child, { at: new Date(now.getTime() - 1 * HOUR), title: 'Paling baru' });
	ids.referred = makeItem(db, child, { at: new Date(now.getTime() - 30 * HOUR), title: 'Sudah dirujuk' });
	ids.oldest = makeItem(db, child, { at: new Date(now.getTime() - 50 * HOUR), title: 'Paling lama' });
	ids.noted = makeItem(db, child, { at: new Date(now.getTime() - 40 * HOUR), title: 'Baru dicatat' });
	addAction(db, ids.noted, lead.id, 'note', 'Sudah dibaca');
	addAction(db, ids.referred, lead.id, 'note', 'Sudah dibaca');
	addAction(db, ids.referred, lead.id, 'referred_uptd');
	// Every other status stays out of the queue, whatever its text.
	const others: IdeaStatus[] = [
		'menunggu',
		'perlu_perbaikan',
		'terbit',
		'ditolak',
		'ditarik',
		'disembunyikan',
		'digabung'
	];
	for (const status of others) makeIdea(db, child, { status, title: `Status ${status}` });
	ids.published = makeIdea(db, child, { status: 'terbit', title: 'Lampu jalan' }).id;
});

describe('queue', () => {
	it('lists only safeguarding items, oldest first, with the child and the latest action', () => {
		const all = safeguarding.queue(db, lead, {}, now);
		expect(all.map((i) => i.id)).toEqual([ids.oldest, ids.noted, ids.referred, ids.newest]);
		expect(all[0]).toMatchObject({
			title: 'Paling lama',
			placeName: 'Sungai Duri',
			handled: false,
			latestAction: null,
			child: {
				id: child.id,
				nickname: child.username,
				age: 13,
				verified: true,
				desa: 'Sungai Duri',
				kecamatan: 'Sungai Raya',
				deleted: false
			}
		});
		expect(all[0]?.excerpt).toContain('dipukul');
		expect(all.find((i) => i.id === ids.referred)?.latestAction?.action).toBe('referred_uptd');
		expect(all.find((i) => i.id === ids.noted)?.latestAction).toMatchObject({ action: 'note' });
	});

	it('waiting means nothing recorded yet or only notes; handled means something was done', () => {
		expect(safeguarding.queue(db, lead, { status: 'waiting' }, now).map((i) => i.id)).toEqual([
			ids.oldest,
			ids.noted,
			ids.newest
		]);
		const handled = safeguarding.queue(db, lead, { status: 'handled' }, now);
		expect(handled.map((i) => [i.id, i.handled])).toEqual([[ids.referred, true]]);
	});

	it('counts an edit that screening routed here from the time of the edit', () => {
		const edited = makeItem(db, child, { at: new Date(now.getTime() - 90 * HOUR) });
		db.update(ideas)
			.set({ updatedAt: new Date(now.getTime() - 2 * HOUR) })
			.where(eq(ideas.id, edited))
			.run();
		const order = safeguarding.queue(db, lead, { status: 'waiting' }, now).map((i) => i.id);
		expect(order).toEqual([ids.oldest, ids.noted, edited, ids.newest]);
		addAction(db, edited, lead.id, 'no_concern', 'Cerita film');
	});

	it('shows no nickname, age or desa of a child who deleted the account', () => {
		const gone = makeUser(db, { now });
		const id = makeItem(db, gone, { at: new Date(now.getTime() - 99 * HOUR) });
		db.update(users)
			.set({ deletedAt: now, username: 'dihapus-x', birthYear: null, birthMonth: null, desaCode: null })
			.where(eq(users.id, gone.id))
			.run();
		const row = safeguarding.queue(db, lead, {}, now).find((i) => i.id === id);
		expect(row?.child).toMatchObject({ nickname: null, deleted: true, age: null, desa: null });
		addAction(db, id, lead.id, 'referred_uptd');
	});
});

describe('item', () => {
	it('gives the full text, what screening found and every action, oldest first', () => {
		const hits = { personal: [], insult: [], harm: ['dipukul'] };
		const id = makeItem(db, child, { screening: hits, body: 'Kakak saya sering memukul saya di kamar.' });
		addAction(db, id, lead.id, 'note', 'Pendamping Forum Anak dihubungi besok');
		addAction(db, id, lead.id, 'contacted_facilitator', 'Bu Rina sudah bertemu anak');
		const found = safeguarding.item(db, lead, id, now);
		expect(found).toMatchObject({
			id,
			body: 'Kakak saya sering memukul saya di kamar.',
			screening: hits,
			handled: true,
			child: { nickname: child.username, desa: 'Sungai Duri', age: 13 }
		});
		expect(found.actions.map((a) => [a.action, a.note, a.actor])).toEqual([
			['note', 'Pendamping Forum Anak dihubungi besok', lead.username],
			['contacted_facilitator', 'Bu Rina sudah bertemu anak', lead.username]
		]);
	});

	it('treats screening that found nothing as empty lists', () => {
		expect(safeguarding.item(db, lead, ids.oldest, now).screening).toEqual({
			personal: [],
			insult: [],
			harm: []
		});
	});

	it('throws NotFound for an unknown idea and for an idea that is not a safeguarding item', () => {
		expect(() => safeguarding.item(db, lead, 999_999)).toThrow(NotFound);
		expect(() => safeguarding.item(db, lead, ids.published)).toThrow(NotFound);
	});
});

describe('counts', () => {
	it('gives the number waiting and the oldest waiting time, to every facilitator', () => {
		const plain = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		const before = safeguarding.counts(db, plain);
		expect(before.oldestWaitingAt).toEqual(new Date(now.getTime() - 50 * HOUR));
		const fresh = makeItem(db, child, { at: new Date(now.getTime() - 60 * HOUR) });
		expect(safeguarding.counts(db, lead)).toEqual({
			waiting: before.waiting + 1,
			oldestWaitingAt: new Date(now.getTime() - 60 * HOUR)
		});
		addAction(db, fresh, lead.id, 'no_concern', 'Bukan cerita kekerasan');
		expect(safeguarding.counts(db, lead)).toEqual(before);
	});

	it('is zero with no date when nothing waits', () => {
		const empty = createTestDb();
		try {
			const facilitator = makeUser(empty.db, { kind: 'staff', roles: ['fasilitator'] });
			expect(safeguarding.counts(empty.db, facilitator)).toEqual({ waiting: 0, oldestWaitingAt: null });
		} finally {
			empty.cleanup();
		}
	});
});

describe('who may read', () => {
	const readers = () => ({
		'a facilitator without the permission': makeUser(db, { kind: 'staff', roles: ['fasilitator'] }),
		'an admin': makeUser(db, { kind: 'staff', roles: ['admin'] }),
		bappeda: makeUser(db, { kind: 'staff', roles: ['bappeda'] }),
		'a child': child,
		// The flag alone is not enough: the permission belongs to the facilitator role.
		'an admin with the flag but no facilitator role': {
			...makeUser(db, { kind: 'staff', roles: ['admin'] }),
			canSafeguard: true
		}
	});

	it('refuses the queue and the items to everyone but facilitators with the permission', () => {
		for (const [label, actor] of Object.entries(readers())) {
			expect(() => safeguarding.queue(db, actor), label).toThrow(Forbidden);
			expect(() => safeguarding.item(db, actor, ids.oldest), label).toThrow(Forbidden);
		}
	});

	it('refuses the figures to anyone who is not a facilitator', () => {
		for (const actor of [makeUser(db, { kind: 'staff', roles: ['bappeda'] }), child]) {
			expect(() => safeguarding.counts(db, actor)).toThrow(Forbidden);
		}
	});
});
