// npm run backup: a consistent copy of the database and the photos into BACKUP_DIR while the server
// runs, named by UTC time; keeps the newest BACKUP_KEEP. Meant for cron (see the README).
import { createBackup } from '../src/lib/server/backup';
import { config } from '../src/lib/server/config';

try {
	const started = performance.now();
	const result = createBackup({
		databasePath: config.databasePath,
		uploadsDir: config.uploadsDir,
		backupDir: config.backupDir,
		migrationsDir: config.migrationsDir,
		keep: config.backupKeep
	});
	const { manifest, photos, check, removed } = result;
	const mb = (manifest.bytes / 1024 / 1024).toFixed(1);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Backup written: ${result.dir} (${mb} MB database, integrity ok, ${seconds} s)`);
	console.log(`  photos: ${photos.copied} copied, ${photos.linked} shared with the previous backup`);
	if (check.missingPhotos.length)
		console.warn(
			`  note: ${check.missingPhotos.length} photo(s) named in the database are not in UPLOADS_DIR`
		);
	if (removed.length) console.log(`  removed (keeping ${config.backupKeep}): ${removed.join(', ')}`);
} catch (e) {
	console.error(`Backup FAILED: ${(e as Error).message}`);
	process.exit(1);
}
