// Saving one section screen from its form: the answers changed on it, new photos and photos to
// remove, together. Everything is checked first; a refusal writes nothing and leaves no file behind.
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/permissions';
import { config } from '../config';
import type { Db } from '../db/client';
import { auditPhotos, audits } from '../db/schema';
import { Invalid } from '../errors';
import { forEditing } from './access';
import { applyAnswers, checkAnswers, type AnswerInput, type SavedAnswer } from './answers';
import { checkPhotoLimits, deletePhotoRows, removeFiles, storePhotos, type NewPhoto } from './photos';
import { itemCodes } from './rules';

export interface SectionInput {
	answers: AnswerInput[];
	photos: NewPhoto[];
	removePhotoIds?: number[];
}

export async function saveSection(
	db: Db,
	actor: Actor,
	auditId: number,
	input: SectionInput,
	now = new Date(),
	dir = config.uploadsDir
): Promise<SavedAnswer[]> {
	const removeIds = [...new Set(input.removePhotoIds ?? [])];
	const { content } = forEditing(db, actor, auditId, now);
	const codes = itemCodes(content);
	const unknown = input.photos.find((p) => !codes.has(p.itemCode));
	if (unknown) throw new Invalid('audit_item_unknown', unknown.itemCode);
	checkPhotoLimits(db, auditId, input.photos, removeIds);
	const answers = input.answers.length ? checkAnswers(content, input.answers, actor.id, now) : [];

	const files = await storePhotos(input.photos, dir);
	let removed: string[];
	let saved: SavedAnswer[];
	try {
		[saved, removed] = db.transaction(
			(tx) => {
				// Checked again inside the write: a teammate may have submitted or added photos meanwhile.
				forEditing(tx, actor, auditId, now);
				checkPhotoLimits(tx, auditId, input.photos, removeIds);
				const gone = deletePhotoRows(tx, auditId, removeIds);
				const result = answers.length ? applyAnswers(tx, auditId, answers, now) : [];
				input.photos.forEach((p, i) =>
					tx
						.insert(auditPhotos)
						.values({ auditId, itemCode: p.itemCode, file: files[i]!, uploadedBy: actor.id, createdAt: now })
						.run()
				);
				if (gone.length || files.length)
					tx.update(audits).set({ updatedAt: now }).where(eq(audits.id, auditId)).run();
				return [result, gone] as const;
			},
			{ behavior: 'immediate' }
		);
	} catch (e) {
		await removeFiles(files, dir);
		throw e;
	}
	await removeFiles(removed, dir);
	return saved;
}

/** A team member removes one photo while the audit can still change. */
export function removePhoto(
	db: Db,
	actor: Actor,
	auditId: number,
	photoId: number,
	now = new Date(),
	dir = config.uploadsDir
) {
	return saveSection(db, actor, auditId, { answers: [], photos: [], removePhotoIds: [photoId] }, now, dir);
}
