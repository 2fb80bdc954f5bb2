// Backups and restores of the whole state: the SQLite database and the photos in UPLOADS_DIR.
// Used by scripts/backup.ts and scripts/restore.ts (`npm run backup`, `npm run restore FILE`).
export { createBackup, pruneBackups, type BackupOptions, type BackupResult, type Manifest } from './backup';
export { BackupError, checkDatabaseFile, REQUIRED_TABLES, type CheckResult } from './check';
export { listBackups } from './files';
export {
	assertNotInUse,
	checkBackup,
	resolveSource,
	restoreBackup,
	type RestoreOptions,
	type RestoreResult
} from './restore';
