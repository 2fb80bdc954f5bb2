// The realisation's photo belongs to the verb: stored with the decision, gone again when the
// decision is refused, and a photo that cannot be stored leaves the proposal as it was.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { proposalEvents, proposals } from '../db/schema';
import { makeCycle, makeIdea, makeUser } from '../ideas/test-helpers';
import { notAPhoto, photoFile, tempUploads } from '../uploads/test-helpers';
import * as reviews from './index';
import { makeProposal } from './test-helpers';

const t = createTestDb();
const db = t.db;
const uploads = tempUploads('suara-review-photos-');
afterAll(() => {
	t.cleanup();
	uploads.remove();
});
const cycle = makeCycle(db);
const bappeda = makeUser(db, { kind: 'staff', roles: ['bappeda'] });
const done = { realisedAt: new Date(Date.now() - 86_400_000), note: 'Sepuluh lampu sudah menyala.' };

function accepted(status: 'diterima' | 'diajukan' = 'diterima') {
	const idea = makeIdea(db, makeUser(db), { cycleId: cycle.id });
	return makeProposal(db, idea, { status });
}
const row = (id: number) => db.select().from(proposals).where(eq(proposals.id, id)).get()!;
const events = (id: number) =>
	db.select().from(proposalEvents).where(eq(proposalEvents.proposalId, id)).all();
const realise = (id: number, photo: File | null, actor = bappeda, dir = uploads.dir) =>
	reviews.realise(db, actor, id, done, photo, new Date(), dir);

describe('realising with a photo', () => {
	it('stores the cleaned photo with the realisation', async () => {
		const p = accepted();
		const before = uploads.files();
		await realise(p.id, await photoFile());
		const name = row(p.id).realisationPhoto;
		expect(name).toMatch(/^[0-9a-f]{32}\.webp$/);
		expect(uploads.files()).toEqual([...before, name].sort());
		expect(row(p.id)).toMatchObject({ status: 'direalisasikan', realisationNote: done.note });
	});

	it('without a photo, or with an empty file input, is realised with none', async () => {
		for (const photo of [null, new File([], '')]) {
			const p = accepted();
			await realise(p.id, photo);
			expect(row(p.id)).toMatchObject({ status: 'direalisasikan', realisationPhoto: null });
		}
	});

	it('leaves no photo behind when the decision is refused', async () => {
		const before = uploads.files();
		const waiting = accepted('diajukan');
		await expect(realise(waiting.id, await photoFile())).rejects.toThrow('review_realise_needs_accepted');
		const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
		const p = accepted();
		await expect(realise(p.id, await photoFile(), facilitator)).rejects.toThrow('review');
		expect(uploads.files()).toEqual(before);
		expect([row(waiting.id).status, row(p.id).status]).toEqual(['diajukan', 'diterima']);
	});

	it('refuses a file that is no photo on the photo field, and changes nothing', async () => {
		const p = accepted();
		await expect(realise(p.id, notAPhoto())).rejects.toMatchObject({ code: 'photo_type', field: 'photo' });
		expect(row(p.id).status).toBe('diterima');
		expect(events(p.id)).toEqual([]);
	});

	it('is not realised when the photo cannot be stored', async () => {
		const p = accepted();
		await expect(realise(p.id, await photoFile(), bappeda, '/dev/null/uploads')).rejects.toThrow();
		expect(row(p.id).status).toBe('diterima');
		expect(events(p.id)).toEqual([]);
	});
});
