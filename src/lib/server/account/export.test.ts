import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as auditLog from '../audit-log';
import { createSession, generateSessionToken } from '../auth/session';
import { createTestDb } from '../db/test-db';
import { reports } from '../db/schema';
import { NotFound } from '../errors';
import * as notifications from '../notifications';
import { exportData, exportFileName } from './export';
import { addCycle, addIdea, addUser, addVote, DESA, DESA_NAME } from './test-helpers';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

let rina: string;
let other: string;
let data: ReturnType<typeof exportData>;
let json: string;

beforeAll(() => {
	const cycleId = addCycle(db);
	rina = addUser(db, 'Rina_Ledo', { verified: true });
	other = addUser(db, 'Joko_Lain', { verified: true });
	const staff = addUser(db, 'fasil.tator', { kind: 'staff' });
	const rinaPublished = addIdea(db, rina, cycleId, { title: 'Perpustakaan keliling desa' });
	addIdea(db, rina, cycleId, { status: 'ditolak', title: 'Ide yang ditolak', reason: 'Ada nomor HP' });
	addIdea(db, rina, cycleId, { status: 'menunggu', title: 'Ide yang menunggu' });
	const othersIdea = addIdea(db, other, cycleId, { title: 'Lampu jalan dari Joko' });
	addIdea(db, other, cycleId, { title: 'Ide rahasia Joko', status: 'menunggu' });
	addVote(db, rina, othersIdea, cycleId);
	addVote(db, other, rinaPublished, cycleId);
	db.insert(reports)
		.values({ ideaId: othersIdea, reporterId: rina, reason: 'kasar', note: 'kata kasar' })
		.run();
	db.insert(reports).values({ ideaId: rinaPublished, reporterId: other, reason: 'spam' }).run();
	notifications.notify(db, { userId: rina, kind: 'idea_published', ideaId: rinaPublished });
	notifications.notify(db, { userId: other, kind: 'idea_golden_ticket', ideaId: othersIdea });
	auditLog.record(db, {
		actorId: staff,
		action: 'user.verify',
		targetType: 'user',
		targetId: rina,
		reason: 'sesi SDN 3'
	});
	createSession(db, generateSessionToken(), rina);
	data = exportData(db, rina, new Date('2026-03-01T00:00:00Z'));
	json = JSON.stringify(data);
});

describe('exportData', () => {
	it('holds the account with everything registration and verification stored', () => {
		expect(data.account).toMatchObject({
			nickname: 'Rina_Ledo',
			kind: 'child',
			roles: ['anak'],
			birthMonth: 4,
			desa: { code: DESA, name: DESA_NAME },
			gender: 'perempuan',
			verification: { verified: true, method: 'manual' }
		});
		expect(data.account.birthYear).toBeTypeOf('number');
		expect(data.account.guardianConsentAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(data.account.createdAt).toMatch(/^\d{4}-/);
		expect(data.exportedAt).toBe('2026-03-01T00:00:00.000Z');
	});

	it('holds all the user’s ideas, whatever their status, with their timelines', () => {
		expect(data.ideas.map((i) => [i.title, i.status])).toEqual([
			['Perpustakaan keliling desa', 'terbit'],
			['Ide yang ditolak', 'ditolak'],
			['Ide yang menunggu', 'menunggu']
		]);
		const rejected = data.ideas[1]!;
		expect(rejected.timeline.map((e) => [e.status, e.reason, e.by])).toEqual([
			['menunggu', null, 'penulis'],
			['ditolak', 'Ada nomor HP', 'fasilitator']
		]);
		expect(data.ideas[0]).toMatchObject({ supportCount: 1, place: { name: DESA_NAME } });
	});

	it('holds the votes, reports, notifications, account history and sessions of the user only', () => {
		expect(data.votes.map((v) => v.title)).toEqual(['Lampu jalan dari Joko']);
		expect(data.votes[0]!.at).toMatch(/^\d{4}-/);
		expect(data.reports.map((r) => [r.title, r.reason, r.note])).toEqual([
			['Lampu jalan dari Joko', 'kasar', 'kata kasar']
		]);
		expect(data.notifications.map((n) => n.kind)).toEqual(['idea_published']);
		expect(data.accountHistory).toEqual([
			{ action: 'user.verify', reason: 'sesi SDN 3', at: expect.stringMatching(/^\d{4}-/) }
		]);
		expect(data.sessions).toHaveLength(1);
	});

	it('carries no one else’s personal data: no other name, id, hash or session token', () => {
		expect(json).not.toContain('Joko_Lain');
		expect(json).not.toContain(other);
		expect(json).not.toContain('fasil.tator');
		expect(json).not.toContain('Ide rahasia Joko');
		expect(json).not.toMatch(/passwordHash|password_hash|"id":"[0-9a-f-]{36}"/);
		// Who supported or reported Rina's idea is not hers to know.
		expect(json).not.toContain('spam');
	});

	it('is plain JSON: it survives a round trip unchanged', () => {
		expect(JSON.parse(json)).toEqual(data);
	});

	it('refuses an unknown account', () => {
		expect(() => exportData(db, 'nobody')).toThrow(NotFound);
	});
});

describe('exportFileName', () => {
	it.each([
		['Rina_Ledo', '2026-03-01T10:00:00Z', 'suara-anak-Rina_Ledo-2026-03-01.json'],
		// Late evening UTC is already the next day in Bengkayang (UTC+7).
		['rina', '2026-03-01T20:00:00Z', 'suara-anak-rina-2026-03-02.json'],
		['Sinta "si" Ayu/../x', '2026-03-01T00:00:00Z', 'suara-anak-Sinta_si_Ayu_.._x-2026-03-01.json'],
		['Ñoño ☀', '2026-03-01T00:00:00Z', 'suara-anak-o_o_-2026-03-01.json'],
		['☀☀☀', '2026-03-01T00:00:00Z', 'suara-anak-akun-2026-03-01.json']
	])('%s → %s', (nickname, at, expected) => {
		expect(exportFileName(nickname, new Date(at))).toBe(expected);
	});
});
