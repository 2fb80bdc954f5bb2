// Photo evidence per item, with the same rules as idea photos (type read from the bytes, re-encoded,
// no EXIF or location), at most PHOTOS_PER_ITEM per item. A draft's photos are seen by the team and
// facilitators only; a published audit's photos are public.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/permissions';
import { config } from '../config';
import type { Db, DbOrTx } from '../db/client';
import { auditPhotos, audits } from '../db/schema';
import { Conflict, DomainError, Invalid, NotFound } from '../errors';
import * as uploads from '../uploads';
import { mayRead } from './access';
import { PHOTOS_PER_ITEM } from './rules';

export interface NewPhoto {
	itemCode: string;
	bytes: Uint8Array;
}

/** Where a stored audit photo is served (the route checks who may see it). */
export function photoPath(name: string): string {
	return `/audit/foto/${name}`;
}

export function photoCount(db: DbOrTx, auditId: number, itemCode: string): number {
	return (
		db
			.select({ n: count() })
			.from(auditPhotos)
			.where(and(eq(auditPhotos.auditId, auditId), eq(auditPhotos.itemCode, itemCode)))
			.get()?.n ?? 0
	);
}

/** Refuses when an item would hold more than PHOTOS_PER_ITEM photos (after the removals asked for). */
export function checkPhotoLimits(
	db: DbOrTx,
	auditId: number,
	photos: NewPhoto[],
	removeIds: number[] = []
): void {
	const removed = removeIds.length
		? db
				.select({ itemCode: auditPhotos.itemCode })
				.from(auditPhotos)
				.where(and(eq(auditPhotos.auditId, auditId), inArray(auditPhotos.id, removeIds)))
				.all()
		: [];
	const added = new Map<string, number>();
	for (const p of photos) added.set(p.itemCode, (added.get(p.itemCode) ?? 0) + 1);
	for (const [itemCode, n] of added) {
		const gone = removed.filter((r) => r.itemCode === itemCode).length;
		if (photoCount(db, auditId, itemCode) - gone + n > PHOTOS_PER_ITEM)
			throw new Conflict('audit_photo_limit', itemCode);
	}
}

/**
 * Cleans and stores the photos (nothing in the database yet); a refused photo stops them all and
 * leaves no file behind. Errors name the item, so the message appears next to it.
 */
export async function storePhotos(photos: NewPhoto[], dir = config.uploadsDir): Promise<string[]> {
	const processed = [];
	for (const p of photos) {
		try {
			processed.push(await uploads.processPhoto(p.bytes));
		} catch (e) {
			if (e instanceof DomainError) throw new Invalid(e.code, p.itemCode);
			throw e;
		}
	}
	const names: string[] = [];
	try {
		for (const p of processed) names.push(await uploads.storeWithSizes(p, dir));
	} catch (e) {
		await removeFiles(names, dir);
		throw e;
	}
	return names;
}

export async function removeFiles(names: string[], dir = config.uploadsDir): Promise<void> {
	for (const name of names) await uploads.deletePhoto(name, dir);
}

/** Deletes the listed photos of the audit (inside the caller's transaction); returns their files. */
export function deletePhotoRows(tx: DbOrTx, auditId: number, ids: number[]): string[] {
	return ids.map((id) => {
		const photo = tx
			.select()
			.from(auditPhotos)
			.where(and(eq(auditPhotos.id, id), eq(auditPhotos.auditId, auditId)))
			.get();
		if (!photo) throw new NotFound('audit_photo_not_found');
		tx.delete(auditPhotos).where(eq(auditPhotos.id, id)).run();
		return photo.file;
	});
}

/**
 * Whether someone may see a stored audit photo: 'public' once the audit is published (cacheable),
 * 'private' for the team and facilitators while it is not, null otherwise (or not an audit photo).
 */
export function photoAccess(db: Db, actor: Actor | null, name: string): 'public' | 'private' | null {
	if (!uploads.isPhotoName(name)) return null;
	const row = db
		.select({ audit: audits })
		.from(auditPhotos)
		.innerJoin(audits, eq(audits.id, auditPhotos.auditId))
		.where(eq(auditPhotos.file, name))
		.get();
	if (!row || !mayRead(db, actor, row.audit)) return null;
	return row.audit.status === 'diterbitkan' ? 'public' : 'private';
}
