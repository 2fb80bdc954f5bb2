import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { createTestDb } from '../db/test-db';
import { auditLog, ideas, safeguardingActions, users } from '../db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { makeIdea, makeUser } from '../ideas/test-helpers';
import * as safeguarding from './index';
import { makeItem, makeSafeguarder } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

const BODY = 'Om saya suka memegang badan saya kalau ibu tidak di rumah, saya takut sekali.';
let lead: SessionUser;
let child: SessionUser;
let itemId: number;

beforeAll(() => {
	lead = makeSafeguarder(db);
	child = makeUser(db);
	itemId = makeItem(db, child, { body: BODY });
});

const rowsOf = () => [
	db.select({ n: count() }).from(safeguardingActions).get()?.n,
	db.select({ n: count() }).from(auditLog).get()?.n
];

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('expected a throw');
}

describe('recordAction', () => {
	it('records an action with its note and an audit row holding only ids', () => {
		const id = safeguarding.recordAction(db, lead, itemId, {
			action: 'referred_uptd',
			note: '  Dirujuk ke UPTD PPA, petugas Bu Sari menerima.  '
		});
		const saved = db.select().from(safeguardingActions).where(eq(safeguardingActions.id, id)).get();
		expect(saved).toMatchObject({
			ideaId: itemId,
			actorId: lead.id,
			action: 'referred_uptd',
			note: 'Dirujuk ke UPTD PPA, petugas Bu Sari menerima.'
		});
		const log = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, String(itemId)))
			.all();
		expect(log.map((r) => [r.action, r.actorId, r.targetType, r.reason, r.details])).toEqual([
			['safeguarding.referred_uptd', lead.id, 'idea', null, { safeguardingActionId: id }]
		]);
		// Neither the child's words nor the team's note reach the log, which admins browse.
		expect(JSON.stringify(log)).not.toMatch(/memegang|Bu Sari/);
	});

	it.each(['contacted_facilitator', 'referred_uptd'] as const)('records %s without a note', (action) => {
		const id = safeguarding.recordAction(db, lead, itemId, { action, note: '' });
		expect(
			db.select().from(safeguardingActions).where(eq(safeguardingActions.id, id)).get()?.note
		).toBeNull();
	});

	it('marks the item handled once something other than a note is recorded', () => {
		const fresh = makeItem(db, child);
		safeguarding.recordAction(db, lead, fresh, { action: 'note', note: 'Dibaca, besok dibahas tim' });
		expect(safeguarding.item(db, lead, fresh).handled).toBe(false);
		safeguarding.recordAction(db, lead, fresh, { action: 'referred_uptd', note: 'Dirujuk ke UPTD PPA' });
		expect(safeguarding.item(db, lead, fresh).handled).toBe(true);
		expect(safeguarding.queue(db, lead, { status: 'waiting' }).map((i) => i.id)).not.toContain(fresh);
	});

	it('"no concern" releases the post to the ordinary moderation queue, still unpublished', () => {
		const fresh = makeItem(db, child);
		safeguarding.recordAction(db, lead, fresh, {
			action: 'no_concern',
			note: 'Ide tentang pencegahan perundungan'
		});
		expect(db.select({ s: ideas.status }).from(ideas).where(eq(ideas.id, fresh)).get()?.s).toBe('menunggu');
		expect(safeguarding.queue(db, lead, { status: 'handled' }).map((i) => i.id)).not.toContain(fresh);
	});

	it.each([
		['an unknown action', { action: 'hapus', note: 'coba saja' }, 'safe_action', 'action'],
		['a note without text', { action: 'note', note: '' }, 'safe_note_required', 'note'],
		['no concern without a reason', { action: 'no_concern', note: '  ' }, 'safe_note_required', 'note'],
		['a note too short', { action: 'note', note: 'ok' }, 'safe_note_short', 'note'],
		['a note too long', { action: 'note', note: 'x'.repeat(2001) }, 'safe_note_long', 'note']
	])('refuses %s as Invalid and writes nothing', (_label, input, code, field) => {
		const before = rowsOf();
		const e = thrown(() => safeguarding.recordAction(db, lead, itemId, input));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code, field });
		expect(rowsOf()).toEqual(before);
	});

	it('throws NotFound for an unknown idea and for an idea that is not a safeguarding item', () => {
		const before = rowsOf();
		const published = makeIdea(db, child, { status: 'terbit' }).id;
		const waiting = makeIdea(db, child, { status: 'menunggu' }).id;
		for (const id of [999_999, published, waiting]) {
			const e = thrown(() => safeguarding.recordAction(db, lead, id, { action: 'referred_uptd' }));
			expect(e).toBeInstanceOf(NotFound);
			expect(e).toMatchObject({ code: 'safe_item' });
		}
		expect(rowsOf()).toEqual(before);
	});

	it('refuses anyone without the permission, including a facilitator, and writes nothing', () => {
		const before = rowsOf();
		const actors = [
			makeUser(db, { kind: 'staff', roles: ['fasilitator'] }),
			makeUser(db, { kind: 'staff', roles: ['admin'] }),
			makeUser(db, { kind: 'staff', roles: ['bappeda'] }),
			child
		];
		for (const actor of actors) {
			const e = thrown(() => safeguarding.recordAction(db, actor, itemId, { action: 'referred_uptd' }));
			expect(e).toBeInstanceOf(Forbidden);
			expect(e).toMatchObject({ code: 'safeguard' });
		}
		expect(rowsOf()).toEqual(before);
	});
});

describe('setPermission', () => {
	let admin: SessionUser;
	beforeAll(() => {
		admin = makeUser(db, { kind: 'staff', roles: ['admin'] });
	});
	const flag = (id: string) => db.select().from(users).where(eq(users.id, id)).get()?.canSafeguard;
	const logFor = (id: string) =>
		db
			.select()
			.from(auditLog)
			.where(eq(auditLog.targetId, id))
			.all()
			.map((r) => [r.action, r.actorId, r.reason]);

	it('grants and revokes the permission of a facilitator, each with its reason logged', () => {
		const f = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		safeguarding.setPermission(db, admin, f.id, 'grant', '  Pelatihan perlindungan anak selesai ');
		expect(flag(f.id)).toBe(true);
		safeguarding.setPermission(db, admin, f.id, 'revoke', 'Pindah tugas ke dinas lain');
		expect(flag(f.id)).toBe(false);
		expect(logFor(f.id)).toEqual([
			['user.safeguard_grant', admin.id, 'Pelatihan perlindungan anak selesai'],
			['user.safeguard_revoke', admin.id, 'Pindah tugas ke dinas lain']
		]);
	});

	it.each([
		['a child', () => child.id, 'safe_not_facilitator'],
		['bappeda staff', () => makeUser(db, { kind: 'staff', roles: ['bappeda'] }).id, 'safe_not_facilitator']
	])('refuses to grant it to %s', (_label, target, code) => {
		const id = target();
		const e = thrown(() => safeguarding.setPermission(db, admin, id, 'grant', 'Diminta dinas'));
		expect(e).toBeInstanceOf(Invalid);
		expect(e).toMatchObject({ code, field: 'change' });
		expect(flag(id)).toBe(false);
		expect(logFor(id)).toEqual([]);
	});

	it('refuses an admin granting it to themselves, even as a facilitator', () => {
		const both = makeUser(db, { kind: 'staff', roles: ['admin', 'fasilitator'] });
		const e = thrown(() => safeguarding.setPermission(db, both, both.id, 'grant', 'Saya sendiri'));
		expect(e).toBeInstanceOf(Forbidden);
		expect(e).toMatchObject({ code: 'safe_self' });
		expect(flag(both.id)).toBe(false);
	});

	it('refuses a change that changes nothing, and a missing reason', () => {
		const f = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		expect(() => safeguarding.setPermission(db, admin, f.id, 'revoke', 'Tidak perlu')).toThrow(Conflict);
		expect(thrown(() => safeguarding.setPermission(db, admin, f.id, 'grant', ' x '))).toMatchObject({
			name: 'Invalid',
			code: 'safe_reason_short',
			field: 'reason'
		});
		expect(thrown(() => safeguarding.setPermission(db, admin, f.id, 'grant', 'x'.repeat(501)))).toMatchObject(
			{ code: 'safe_reason_long' }
		);
		safeguarding.setPermission(db, admin, f.id, 'grant', 'Tim perlindungan');
		expect(() => safeguarding.setPermission(db, admin, f.id, 'grant', 'Lagi')).toThrow(Conflict);
		expect(logFor(f.id)).toHaveLength(1);
	});

	it('refuses anyone but an admin, and an unknown account', () => {
		const f = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		for (const actor of [lead, f, child]) {
			expect(() => safeguarding.setPermission(db, actor, f.id, 'grant', 'Coba sendiri')).toThrow(Forbidden);
		}
		expect(flag(f.id)).toBe(false);
		expect(() => safeguarding.setPermission(db, admin, 'tidak-ada', 'grant', 'Alasan')).toThrow(NotFound);
	});
});
