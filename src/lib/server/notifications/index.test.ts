import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCycle, addIdea, addUser } from '../account/test-helpers';
import { createTestDb } from '../db/test-db';
import { notifications } from '../db/schema';
import { NotFound } from '../errors';
import { list, markAllRead, markRead, notify, notifyMany, PAGE_SIZE, unreadCount } from '.';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

let sari: string;
let budi: string;
let ideaId: number;

beforeAll(() => {
	sari = addUser(db, 'sari');
	budi = addUser(db, 'budi');
	ideaId = addIdea(db, sari, addCycle(db), { status: 'ditolak', title: 'Taman bermain di desa' });
});

const rowsOf = (userId: string) =>
	db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id).all();

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('notify', () => {
	it('stores the kind, the idea and the parameters, unread', () => {
		notify(db, { userId: sari, kind: 'idea_rejected', ideaId, params: { reason: 'Ada nomor HP' } });
		expect(rowsOf(sari).at(-1)).toMatchObject({
			kind: 'idea_rejected',
			ideaId,
			params: { reason: 'Ada nomor HP' },
			readAt: null
		});
	});

	it('writes inside the caller’s transaction, so a rollback takes it back', () => {
		const before = rowsOf(budi).length;
		expect(() =>
			db.transaction((tx) => {
				notify(tx, { userId: budi, kind: 'idea_published', ideaId });
				throw new Error('the change it reports failed');
			})
		).toThrow('the change it reports failed');
		expect(rowsOf(budi).length).toBe(before);
	});

	it('notifyMany writes one row per distinct user in one insert', () => {
		const a = addUser(db, 'pendukung.a');
		const b = addUser(db, 'pendukung.b');
		notifyMany(db, [a, b, a], { kind: 'idea_merged', ideaId, params: { target: 'Taman desa' } });
		expect([...rowsOf(a), ...rowsOf(b)].map((r) => [r.kind, r.params])).toEqual([
			['idea_merged', { target: 'Taman desa' }],
			['idea_merged', { target: 'Taman desa' }]
		]);
		notifyMany(db, [], { kind: 'idea_published' });
		expect(rowsOf(a).length).toBe(1);
	});
});

describe('list and unreadCount', () => {
	it('lists only the user’s own notes, newest first, with the idea title', () => {
		const child = addUser(db, 'pembaca');
		notify(db, { userId: child, kind: 'idea_submitted', ideaId });
		notify(db, { userId: child, kind: 'idea_golden_ticket' });
		notify(db, { userId: budi, kind: 'idea_hidden', ideaId });
		const { rows, hasNext } = list(db, child);
		expect(rows.map((r) => [r.kind, r.ideaTitle])).toEqual([
			['idea_golden_ticket', null],
			['idea_submitted', 'Taman bermain di desa']
		]);
		expect(hasNext).toBe(false);
		expect(unreadCount(db, child)).toBe(2);
	});

	it('pages by PAGE_SIZE', () => {
		const busy = addUser(db, 'sibuk');
		for (let i = 0; i < PAGE_SIZE + 3; i++) notify(db, { userId: busy, kind: 'idea_published' });
		const first = list(db, busy, { page: 1 });
		const second = list(db, busy, { page: 2 });
		expect([first.rows.length, first.hasNext, second.rows.length, second.hasNext]).toEqual([
			PAGE_SIZE,
			true,
			3,
			false
		]);
		expect(first.rows.at(-1)!.id).toBeGreaterThan(second.rows[0]!.id);
		expect(list(db, busy, { page: -4 }).page).toBe(1);
	});
});

describe('marking as read', () => {
	it('markRead marks one own note and leaves the others unread', () => {
		const child = addUser(db, 'penanda');
		notify(db, { userId: child, kind: 'idea_published', ideaId });
		notify(db, { userId: child, kind: 'idea_restored', ideaId });
		const [first, second] = rowsOf(child);
		const now = new Date('2026-02-01T08:00:00Z');
		markRead(db, child, first!.id, now);
		expect(rowsOf(child).map((r) => r.readAt)).toEqual([now, null]);
		expect(unreadCount(db, child)).toBe(1);
		// Marking again changes nothing.
		markRead(db, child, first!.id, new Date());
		expect(rowsOf(child)[0]!.readAt).toEqual(now);
		expect(second!.readAt).toBeNull();
	});

	it('refuses to mark someone else’s note: NotFound, and it stays unread', () => {
		notify(db, { userId: sari, kind: 'idea_published', ideaId });
		const theirs = rowsOf(sari).at(-1)!;
		const e = thrown(() => markRead(db, budi, theirs.id));
		expect(e).toBeInstanceOf(NotFound);
		expect(e).toMatchObject({ code: 'notification' });
		expect(rowsOf(sari).at(-1)!.readAt).toBeNull();
		expect(thrown(() => markRead(db, budi, 999_999))).toBeInstanceOf(NotFound);
	});

	it('markAllRead marks only the user’s own unread notes', () => {
		const child = addUser(db, 'semua.dibaca');
		notify(db, { userId: child, kind: 'idea_published', ideaId });
		notify(db, { userId: child, kind: 'idea_withdrawn', ideaId });
		const sariUnread = unreadCount(db, sari);
		expect(markAllRead(db, child)).toBe(2);
		expect(unreadCount(db, child)).toBe(0);
		expect(unreadCount(db, sari)).toBe(sariUnread);
		expect(markAllRead(db, child)).toBe(0);
	});
});

describe('unread count query', () => {
	it('uses the notifications index', () => {
		const plan = db.$client
			.prepare('explain query plan select count(*) from notifications where user_id = ? and read_at is null')
			.all('x') as { detail: string }[];
		expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING COVERING INDEX notifications_user_idx/);
	});
});
