// File helpers for backups: photo copies that share storage between backups, and names.
import fs from 'node:fs';
import path from 'node:path';

export const DB_FILE = 'suara-anak.db';
export const UPLOADS = 'uploads';
export const MANIFEST = 'manifest.json';
/** suara-anak-20261123T021500Z, with -2, -3… when two backups fall in the same second. */
export const BACKUP_NAME = /^suara-anak-\d{8}T\d{6}Z(-\d+)?$/;

export function stamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
}

/** Backups in `dir`, oldest first (the names sort by time). */
export function listBackups(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && BACKUP_NAME.test(e.name))
		.map((e) => e.name)
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Regular files in a photo folder; dot-files are photos still being written. */
function photoFiles(dir: string): fs.Dirent[] {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'));
}

export interface CopyResult {
	copied: number;
	linked: number;
}

/**
 * Copies the photos from `from` to `to`. Photos are never changed once written (random names,
 * written once), so a photo the previous backup already holds is hard-linked from there instead of
 * copied: every backup is complete on its own, yet a photo takes its space once.
 */
export function copyPhotos(from: string, to: string, previous: string | null): CopyResult {
	fs.mkdirSync(to, { recursive: true });
	const result: CopyResult = { copied: 0, linked: 0 };
	for (const entry of photoFiles(from)) {
		const source = path.join(from, entry.name);
		const target = path.join(to, entry.name);
		const earlier = previous ? path.join(previous, entry.name) : null;
		if (earlier && sameSize(earlier, source) && tryLink(earlier, target)) {
			result.linked++;
			continue;
		}
		try {
			fs.copyFileSync(source, target, fs.constants.COPYFILE_FICLONE);
			result.copied++;
		} catch (e) {
			// Deleted while we copied (an account was deleted): the database copy may still name it.
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		}
	}
	return result;
}

function sameSize(a: string, b: string): boolean {
	try {
		return fs.statSync(a).size === fs.statSync(b).size;
	} catch {
		return false;
	}
}

function tryLink(existing: string, target: string): boolean {
	try {
		fs.linkSync(existing, target);
		return true;
	} catch {
		// Another file system, or links not allowed: copy instead.
		return false;
	}
}

/** Writes a file and flushes it to disk before returning. */
export function writeDurably(file: string, text: string): void {
	const fd = fs.openSync(file, 'w');
	try {
		fs.writeFileSync(fd, text);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

export function fsyncFile(file: string): void {
	const fd = fs.openSync(file, 'r');
	try {
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}
