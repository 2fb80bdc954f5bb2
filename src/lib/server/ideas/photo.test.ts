// An idea's photo belongs to the verb: stored with the idea, gone again when the idea is refused,
// the old one removed when an edit replaces it; and who may see it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { IDEA_STATUSES, ideas, type IdeaStatus } from '../db/schema';
import { notAPhoto, photoFile, tempUploads } from '../uploads/test-helpers';
import * as ideasApi from './index';
import { IDEA_INPUT, makeCycle, makeIdea, makeUser } from './test-helpers';

const input = IDEA_INPUT;

const t = createTestDb();
const db = t.db;
const uploads = tempUploads('suara-idea-photos-');
afterAll(() => {
	t.cleanup();
	uploads.remove();
});
beforeAll(() => {
	makeCycle(db);
});

const photoOf = (id: number) => db.select({ p: ideas.photo }).from(ideas).where(eq(ideas.id, id)).get()?.p;
const submit = (child = makeUser(db), photo: File | null = null, over = {}) =>
	ideasApi.submit(db, child, { ...input, ...over }, photo, new Date(), false, uploads.dir);

describe('posting with a photo', () => {
	it('stores the cleaned photo with the idea', async () => {
		const before = uploads.files();
		const { id } = await submit(makeUser(db), await photoFile());
		const name = photoOf(id);
		expect(name).toMatch(/^[0-9a-f]{32}\.webp$/);
		expect(uploads.files()).toEqual([...before, name].sort());
	});

	it('leaves no photo behind when the idea is refused', async () => {
		const before = uploads.files();
		const staff = makeUser(db, { kind: 'staff' });
		await expect(submit(staff, await photoFile())).rejects.toThrow('idea_not_child');
		await expect(submit(makeUser(db), await photoFile(), { title: 'x' })).rejects.toMatchObject({
			field: 'title'
		});
		expect(uploads.files()).toEqual(before);
	});

	it('refuses a file that is no photo on the photo field, and posts nothing', async () => {
		const count = db.select().from(ideas).all().length;
		await expect(submit(makeUser(db), notAPhoto())).rejects.toMatchObject({
			code: 'photo_type',
			field: 'photo'
		});
		expect(db.select().from(ideas).all()).toHaveLength(count);
	});

	it('posts nothing when the photo cannot be stored', async () => {
		const count = db.select().from(ideas).all().length;
		const child = makeUser(db);
		await expect(
			ideasApi.submit(db, child, input, await photoFile(), new Date(), false, '/dev/null/uploads')
		).rejects.toThrow();
		expect(db.select().from(ideas).all()).toHaveLength(count);
	});

	it('treats an empty file input as no photo', async () => {
		const { id } = await submit(makeUser(db), new File([], ''));
		expect(photoOf(id)).toBeNull();
	});
});

describe('editing with a photo', () => {
	it('a new photo replaces the old one, whose file is removed; no photo keeps the old one', async () => {
		const child = makeUser(db);
		const { id } = await submit(child, await photoFile('#e76f51'));
		const first = photoOf(id);
		const edit = (photo: File | null) =>
			ideasApi.edit(db, child, id, input, photo, new Date(), false, uploads.dir);
		await edit(null);
		expect(photoOf(id)).toBe(first);
		await edit(await photoFile('#2a9d8f'));
		const second = photoOf(id);
		expect(second).not.toBe(first);
		expect(uploads.files()).toContain(second);
		expect(uploads.files()).not.toContain(first);
	});

	it('a refused edit keeps the old photo and leaves the new one nowhere', async () => {
		const child = makeUser(db);
		const { id } = await submit(child, await photoFile());
		const before = uploads.files();
		const other = makeUser(db);
		await expect(
			ideasApi.edit(db, other, id, input, await photoFile('#000000'), new Date(), false, uploads.dir)
		).rejects.toThrow('idea_not_author');
		expect(uploads.files()).toEqual(before);
		expect(before).toContain(photoOf(id));
	});
});

describe('photoAccess', () => {
	const author = makeUser(db);
	const facilitator = makeUser(db, { kind: 'staff', roles: ['fasilitator'] });
	const admin = makeUser(db, { kind: 'staff', roles: ['admin'] });
	const stranger = makeUser(db);
	const viewers = { visitor: null, stranger, author, facilitator, admin } as const;
	const PUBLIC: IdeaStatus[] = ['terbit', 'digabung'];

	function withPhoto(status: IdeaStatus): string {
		const idea = makeIdea(db, author, { status });
		const name = `${crypto.randomUUID().replaceAll('-', '')}.webp`;
		db.update(ideas).set({ photo: name }).where(eq(ideas.id, idea.id)).run();
		return name;
	}

	it.each(IDEA_STATUSES.filter((s) => s !== 'perlindungan'))(
		'an idea %s: public when published, else private to its author and moderators',
		(status) => {
			const name = withPhoto(status);
			const seen = Object.fromEntries(
				Object.entries(viewers).map(([who, actor]) => [who, ideasApi.photoAccess(db, actor, name)])
			);
			if (PUBLIC.includes(status))
				expect(seen).toEqual({
					visitor: 'public',
					stranger: 'public',
					author: 'public',
					facilitator: 'public',
					admin: 'public'
				});
			else
				expect(seen).toEqual({
					visitor: null,
					stranger: null,
					author: 'private',
					facilitator: 'private',
					admin: 'private'
				});
		}
	);

	it('never shows a safeguarding post’s photo here, not even to staff or its author', () => {
		const name = withPhoto('perlindungan');
		for (const actor of Object.values(viewers)) expect(ideasApi.photoAccess(db, actor, name)).toBeNull();
	});

	it('knows nothing of names that are no photo or that no idea uses', () => {
		for (const name of ['../etc/passwd', 'ABC.webp', `${'0'.repeat(32)}.webp`])
			expect(ideasApi.photoAccess(db, admin, name)).toBeNull();
	});
});
