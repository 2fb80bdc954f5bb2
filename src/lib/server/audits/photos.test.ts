import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditAnswers, auditPhotos, audits } from '../db/schema';
import * as api from './index';
import { facilitator, forumChild, makeAudit, makeTemplate, makeUser } from './test-helpers';

describe('photo evidence', () => {
	const t = createTestDb();
	const db = t.db;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suara-audit-photos-'));
	afterAll(() => {
		t.cleanup();
		fs.rmSync(dir, { recursive: true, force: true });
	});
	let jpeg: Uint8Array;
	beforeAll(async () => {
		makeTemplate(db, 'rbra');
		// A camera photo with EXIF (GPS included) that must not survive.
		jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a9d8f' } })
			.withExif({ IFD0: { Make: 'PhoneCam' }, IFD3: { GPSLatitudeRef: 'N' } })
			.jpeg()
			.toBuffer();
	});

	const files = () => fs.readdirSync(dir).filter((f) => !f.startsWith('.'));
	const photos = (id: number) => db.select().from(auditPhotos).where(eq(auditPhotos.auditId, id)).all();
	const section = (p: api.NewPhoto[], answers: api.AnswerInput[] = []) => ({ answers, photos: p });

	it('saves answers and a cleaned photo together', async () => {
		const a = makeAudit(db);
		await api.saveSection(
			db,
			a.starter,
			a.id,
			section(
				[{ itemCode: 'T1.1', bytes: jpeg }],
				[{ itemCode: 'T1.1', answer: 'tidak', answeredAt: Date.now() }]
			),
			new Date(),
			dir
		);
		const [photo] = photos(a.id);
		expect(photo).toMatchObject({ itemCode: 'T1.1', uploadedBy: a.starter.id });
		const stored = await sharp(path.join(dir, photo!.file)).metadata();
		expect(stored.format).toBe('webp');
		expect(stored.exif).toBeUndefined();
		expect(db.select().from(auditAnswers).where(eq(auditAnswers.auditId, a.id)).all()).toHaveLength(1);
	});

	it('allows three photos per item and refuses a fourth, writing nothing', async () => {
		const a = makeAudit(db);
		const three = [1, 2, 3].map(() => ({ itemCode: 'T1.2', bytes: jpeg }));
		await api.saveSection(db, a.starter, a.id, section(three), new Date(), dir);
		const before = files().length;
		await expect(
			api.saveSection(
				db,
				a.member,
				a.id,
				section(
					[{ itemCode: 'T1.2', bytes: jpeg }],
					[{ itemCode: 'T2.1', answer: 'ya', answeredAt: Date.now() }]
				),
				new Date(),
				dir
			)
		).rejects.toThrow('audit_photo_limit');
		expect(photos(a.id)).toHaveLength(3);
		expect(files().length).toBe(before);
		expect(db.select().from(auditAnswers).where(eq(auditAnswers.auditId, a.id)).all()).toEqual([]);
		// Four at once are refused too.
		const b = makeAudit(db);
		await expect(
			api.saveSection(db, b.starter, b.id, section([...three, three[0]!]), new Date(), dir)
		).rejects.toThrow('audit_photo_limit');
	});

	it('a full item takes a new photo when one is removed in the same save', async () => {
		const a = makeAudit(db);
		const three = [1, 2, 3].map(() => ({ itemCode: 'T2.1', bytes: jpeg }));
		await api.saveSection(db, a.starter, a.id, section(three), new Date(), dir);
		const [first] = photos(a.id);
		await api.saveSection(
			db,
			a.member,
			a.id,
			{ answers: [], photos: [{ itemCode: 'T2.1', bytes: jpeg }], removePhotoIds: [first!.id] },
			new Date(),
			dir
		);
		expect(photos(a.id)).toHaveLength(3);
		expect(photos(a.id).map((p) => p.id)).not.toContain(first!.id);
		expect(fs.existsSync(path.join(dir, first!.file))).toBe(false);
		// A photo of another audit cannot be removed through this one.
		const b = makeAudit(db);
		await expect(
			api.saveSection(
				db,
				b.starter,
				b.id,
				{ answers: [], photos: [], removePhotoIds: [photos(a.id)[0]!.id] },
				new Date(),
				dir
			)
		).rejects.toThrow('audit_photo_not_found');
		expect(photos(a.id)).toHaveLength(3);
	});

	it('refuses something that is not a photo next to its item, and leaves no file behind', async () => {
		const a = makeAudit(db);
		const before = files().length;
		const text = new TextEncoder().encode('bukan foto');
		const save = api.saveSection(
			db,
			a.starter,
			a.id,
			section([
				{ itemCode: 'T1.1', bytes: jpeg },
				{ itemCode: 'T2.1', bytes: text }
			]),
			new Date(),
			dir
		);
		await expect(save).rejects.toMatchObject({ code: 'photo_type', field: 'T2.1' });
		expect(files().length).toBe(before);
		expect(photos(a.id)).toEqual([]);
	});

	it.each([
		['someone outside the team', 'audit_not_member', 'outsider'],
		['an unknown item', 'audit_item_unknown', 'unknown'],
		['a submitted audit', 'audit_not_editable', 'submitted']
	])('refuses photos from %s', async (_name, code, kind) => {
		const a = makeAudit(db);
		if (kind === 'submitted') db.update(audits).set({ status: 'diajukan' }).where(eq(audits.id, a.id)).run();
		const who = kind === 'outsider' ? forumChild(db) : a.starter;
		const before = files().length;
		await expect(
			api.saveSection(
				db,
				who,
				a.id,
				section([{ itemCode: kind === 'unknown' ? 'X9' : 'T1.1', bytes: jpeg }]),
				new Date(),
				dir
			)
		).rejects.toThrow(code);
		expect(files().length).toBe(before);
	});

	it('a team member removes a photo and its file', async () => {
		const a = makeAudit(db);
		await api.saveSection(db, a.starter, a.id, section([{ itemCode: 'T1.1', bytes: jpeg }]), new Date(), dir);
		const [photo] = photos(a.id);
		await expect(api.removePhoto(db, forumChild(db), a.id, photo!.id, new Date(), dir)).rejects.toThrow(
			'audit_not_member'
		);
		await expect(api.removePhoto(db, a.member, a.id + 1000, photo!.id, new Date(), dir)).rejects.toThrow(
			'audit_not_found'
		);
		await api.removePhoto(db, a.member, a.id, photo!.id, new Date(), dir);
		expect(photos(a.id)).toEqual([]);
		expect(fs.existsSync(path.join(dir, photo!.file))).toBe(false);
	});

	it('a draft’s photos are seen by the team and facilitators only; a published audit’s by everyone', async () => {
		const a = makeAudit(db);
		await api.saveSection(db, a.starter, a.id, section([{ itemCode: 'T1.1', bytes: jpeg }]), new Date(), dir);
		const name = photos(a.id)[0]!.file;
		expect(api.photoAccess(db, a.member, name)).toBe('private');
		expect(api.photoAccess(db, a.facilitator, name)).toBe('private');
		expect(api.photoAccess(db, facilitator(db), name)).toBe('private');
		expect(api.photoAccess(db, forumChild(db), name)).toBeNull();
		expect(api.photoAccess(db, makeUser(db, { kind: 'staff', roles: ['opd'] }), name)).toBeNull();
		// The audit's own facilitator reads it through the role: a session without it (a second factor
		// still to set up) reads what a visitor reads.
		expect(api.photoAccess(db, { ...a.facilitator, roles: [] }, name)).toBeNull();
		expect(api.photoAccess(db, null, name)).toBeNull();
		expect(api.photoAccess(db, null, '0123456789abcdef0123456789abcdef.webp')).toBeNull();
		expect(api.photoAccess(db, a.member, '../secret')).toBeNull();
		db.update(audits).set({ status: 'diterbitkan' }).where(eq(audits.id, a.id)).run();
		expect(api.photoAccess(db, null, name)).toBe('public');
		expect(api.photoPath(name)).toBe(`/audit/foto/${name}`);
	});
});
