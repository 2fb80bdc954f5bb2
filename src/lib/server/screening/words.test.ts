import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../db/test-db';
import { auditLog, screeningWords, users } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import { addWord, extraWords, listWords, removeWord, screenText } from './words';

const { db, cleanup } = createTestDb();
afterAll(cleanup);

beforeAll(() => {
	db.insert(users).values({ id: 'adm', username: 'admin.utama', passwordHash: 'x', kind: 'staff' }).run();
});

const auditRows = (action: string) =>
	db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.action, action), eq(auditLog.targetType, 'screening_word')))
		.all();

const wordCount = () => db.select().from(screeningWords).all().length;

describe('extra screening words', () => {
	it('adds a word in its normalised form, logs it, and screening then catches it', () => {
		expect(screenText(db, 'Dasar kutukupret, jalannya rusak').decision).toBe('clean');
		const id = addWord(db, 'adm', 'insult', '  KutuKuprett ');
		expect(extraWords(db)).toEqual({ insult: ['kutukupret'], harm: [] });
		expect(auditRows('screening.word_add')).toMatchObject([
			{ actorId: 'adm', targetId: String(id), details: { list: 'insult', word: 'kutukupret' } }
		]);
		const result = screenText(db, 'Dasar kutukupr3t, jalannya rusak');
		expect(result).toMatchObject({
			hits: { personal: [], insult: ['kutukupr3t'], harm: [] },
			decision: 'warn'
		});
	});

	it('adds a harm word that also finds its inflections', () => {
		addWord(db, 'adm', 'harm', 'digetok');
		expect(screenText(db, 'aku sering digetokin om').decision).toBe('harm');
		expect(listWords(db).map((w) => [w.list, w.word, w.addedBy])).toEqual([
			['harm', 'digetok', 'admin.utama'],
			['insult', 'kutukupret', 'admin.utama']
		]);
	});

	it('refuses a word that is too short or too long, and writes nothing', () => {
		const before = wordCount();
		expect(() => addWord(db, 'adm', 'insult', 'a')).toThrow(new Invalid('screen_word_length', 'word'));
		expect(() => addWord(db, 'adm', 'insult', ' x ')).toThrow(Invalid);
		expect(() => addWord(db, 'adm', 'insult', 'tidakbolehlebihdariempatpuluhhurufpanjangnya')).toThrow(
			Invalid
		);
		expect(wordCount()).toBe(before);
	});

	it('refuses anything but letters with single spaces or hyphens', () => {
		for (const word of ['jalan2 rusak', 'http://x.id', 'kata?', 'dua  spasi!'])
			expect(() => addWord(db, 'adm', 'insult', word), word).toThrow(
				new Invalid('screen_word_shape', 'word')
			);
	});

	it('refuses a word already added, however it is spelled', () => {
		const before = wordCount();
		expect(() => addWord(db, 'adm', 'insult', 'KUTUKUPRET')).toThrow(
			new Conflict('screen_word_taken', 'word')
		);
		expect(() => addWord(db, 'adm', 'insult', 'kutuukupreet')).toThrow(Conflict);
		expect(wordCount()).toBe(before);
	});

	it('refuses a word the shipped list already has', () => {
		expect(() => addWord(db, 'adm', 'insult', 'Anjing')).toThrow(new Conflict('screen_word_shipped', 'word'));
		expect(() => addWord(db, 'adm', 'harm', 'dipukul')).toThrow(Conflict);
	});

	it('removes a word, logs it, and screening stops catching it', () => {
		const id = addWord(db, 'adm', 'insult', 'cecunguk');
		expect(screenText(db, 'dasar cecunguk').decision).toBe('warn');
		removeWord(db, 'adm', id);
		expect(screenText(db, 'dasar cecunguk').decision).toBe('clean');
		expect(auditRows('screening.word_remove')).toMatchObject([
			{ actorId: 'adm', targetId: String(id), details: { list: 'insult', word: 'cecunguk' } }
		]);
	});

	it('refuses to remove a word that is not there', () => {
		expect(() => removeWord(db, 'adm', 99999)).toThrow(NotFound);
		expect(auditRows('screening.word_remove')).toHaveLength(1);
	});
});
