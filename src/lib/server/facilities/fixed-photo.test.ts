// The "fixed" photo belongs to the verb: stored with the finding, gone again when the change is
// refused, the old one removed when a later fix replaces it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { auditFindings, findingEvents } from '../db/schema';
import { createTestDb } from '../db/test-db';
import { notAPhoto, photoFile, tempUploads } from '../uploads/test-helpers';
import { markFixed } from './findings';
import { publish } from './review';
import * as templates from './templates';
import { answerAll, makeAudit, makeFacility, makeUser, prepare } from './test-helpers';

const { db, cleanup } = createTestDb();
const uploads = tempUploads('suara-fixed-photos-');
afterAll(() => {
	cleanup();
	uploads.remove();
});
beforeAll(() => prepare(db));

const NOW = new Date('2027-03-10T03:00:00Z');
const row = (id: number) => db.select().from(auditFindings).where(eq(auditFindings.id, id)).get()!;
const events = (id: number) => db.select().from(findingEvents).where(eq(findingEvents.findingId, id)).all();

/** A finding of a published Puskesmas audit that Dinkes answers for. */
function finding(): number {
	const facility = makeFacility(db, 'puskesmas', 'dinkes');
	const content = templates.latest(db, 'puskesmas')!.content;
	const auditId = makeAudit(db, {
		facilityId: facility.id,
		members: [makeUser(db, ['anak', 'forum_anak'])],
		daysAgo: 30,
		answers: answerAll(content, 'ya', { 'P2.1': 'tidak' })
	});
	publish(db, makeUser(db, ['fasilitator']), auditId, new Date(NOW.getTime() - 20 * 86_400_000));
	return db.select().from(auditFindings).where(eq(auditFindings.auditId, auditId)).get()!.id;
}
const reopen = (id: number) =>
	db.update(auditFindings).set({ status: 'terbuka' }).where(eq(auditFindings.id, id)).run();

describe('marking a finding fixed with a photo', () => {
	let dinkes: SessionUser;
	beforeAll(() => {
		dinkes = makeUser(db, ['opd'], { opd: 'dinkes' });
	});
	const fix = (id: number, photo: File | null, actor: SessionUser = dinkes, dir = uploads.dir) =>
		markFixed(db, actor, id, { note: 'Sudah dibuat.' }, photo, NOW, dir);

	it('stores the cleaned photo; a later fix with a new photo removes the old file', async () => {
		const id = finding();
		await fix(id, await photoFile('#e76f51'));
		const first = row(id).fixedPhoto;
		expect(first).toMatch(/^[0-9a-f]{32}\.webp$/);
		expect(uploads.files()).toContain(first);
		reopen(id);
		await fix(id, await photoFile('#2a9d8f'));
		const second = row(id).fixedPhoto;
		expect(second).not.toBe(first);
		expect(uploads.files()).toContain(second);
		expect(uploads.files()).not.toContain(first);
	});

	it('leaves no photo behind when the change is refused', async () => {
		const id = finding();
		const before = uploads.files();
		await expect(fix(id, await photoFile(), makeUser(db, ['opd'], { opd: 'pupr' }))).rejects.toThrow();
		await fix(id, null);
		await expect(fix(id, await photoFile())).rejects.toThrow('fac_finding_not_open');
		expect(uploads.files()).toEqual(before);
	});

	it('refuses a file that is no photo on the photo field, and the finding stays open', async () => {
		const id = finding();
		await expect(fix(id, notAPhoto())).rejects.toMatchObject({ code: 'photo_type', field: 'photo' });
		expect(row(id).status).toBe('terbuka');
		expect(events(id)).toEqual([]);
	});

	it('is not marked fixed when the photo cannot be stored', async () => {
		const id = finding();
		await expect(fix(id, await photoFile(), dinkes, '/dev/null/uploads')).rejects.toThrow();
		expect(row(id).status).toBe('terbuka');
	});
});
