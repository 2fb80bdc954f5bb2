// Words admins add to the shipped screening lists at /admin/moderasi, each change in the audit log.
import { and, asc, eq } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Db } from '../db/client';
import { screeningWords, users } from '../db/schema';
import { Conflict, Invalid, NotFound } from '../errors';
import { normaliseWord } from './normalise';
import { markText, screen, SHIPPED, type ScreeningPiece, type ScreeningResult } from './screen';

export type ScreeningList = (typeof screeningWords.$inferSelect)['list'];

export const WORD_MIN = 2;
export const WORD_MAX = 40;

/** Letters, with single spaces or hyphens between them ("anak haram", "dipegang-pegang"). */
const WORD_SHAPE = /^\p{L}+(?:[ -]\p{L}+)*$/u;

export function extraWords(db: Db): { insult: string[]; harm: string[] } {
	const rows = db.select({ list: screeningWords.list, word: screeningWords.word }).from(screeningWords).all();
	return {
		insult: rows.filter((r) => r.list === 'insult').map((r) => r.word),
		harm: rows.filter((r) => r.list === 'harm').map((r) => r.word)
	};
}

/** The extra words with who added them and when, for the admin page. */
export function listWords(db: Db) {
	return db
		.select({
			id: screeningWords.id,
			list: screeningWords.list,
			word: screeningWords.word,
			addedBy: users.username,
			createdAt: screeningWords.createdAt
		})
		.from(screeningWords)
		.leftJoin(users, eq(screeningWords.addedBy, users.id))
		.orderBy(asc(screeningWords.list), asc(screeningWords.word))
		.all();
}

/**
 * Adds a word in its normalised form (lower-case, no accents, leetspeak read as letters, repeated
 * letters collapsed), which is how screening compares it. Refuses one already shipped or added.
 */
export function addWord(db: Db, actorId: string, list: ScreeningList, word: string): number {
	const normal = normaliseWord(word);
	if (normal.length < WORD_MIN || normal.length > WORD_MAX) throw new Invalid('screen_word_length', 'word');
	if (!WORD_SHAPE.test(normal)) throw new Invalid('screen_word_shape', 'word');
	if (SHIPPED[list].words.some((w) => normaliseWord(w) === normal))
		throw new Conflict('screen_word_shipped', 'word');
	return db.transaction((tx) => {
		const taken = tx
			.select({ id: screeningWords.id })
			.from(screeningWords)
			.where(and(eq(screeningWords.list, list), eq(screeningWords.word, normal)))
			.get();
		if (taken) throw new Conflict('screen_word_taken', 'word');
		const row = tx
			.insert(screeningWords)
			.values({ list, word: normal, addedBy: actorId })
			.returning({ id: screeningWords.id })
			.get();
		auditLog.record(tx, {
			actorId,
			action: 'screening.word_add',
			targetType: 'screening_word',
			targetId: String(row.id),
			details: { list, word: normal }
		});
		return row.id;
	});
}

export function removeWord(db: Db, actorId: string, id: number): void {
	db.transaction((tx) => {
		const row = tx.select().from(screeningWords).where(eq(screeningWords.id, id)).get();
		if (!row) throw new NotFound('screen_word');
		tx.delete(screeningWords).where(eq(screeningWords.id, id)).run();
		auditLog.record(tx, {
			actorId,
			action: 'screening.word_remove',
			targetType: 'screening_word',
			targetId: String(id),
			details: { list: row.list, word: row.word }
		});
	});
}

/** Screening with the shipped lists and the admins' extra words: what callers use when text is posted. */
export function screenText(db: Db, text: string): ScreeningResult {
	return screen(text, extraWords(db));
}

/** What screening would find in a text, with the text cut into marked pieces; nothing is written. */
export function tryText(db: Db, text: string): ScreeningResult & { pieces: ScreeningPiece[] } {
	const extra = extraWords(db);
	return { ...screen(text, extra), pieces: markText(text, extra) };
}
