// npm run restore <backup folder or .db file>: checks the backup, refuses while the database is in
// use (stop the server first), moves the current database and photos aside, and puts the backup in.
import { BackupError, checkBackup, restoreBackup } from '../src/lib/server/backup';
import { config } from '../src/lib/server/config';

const args = process.argv.slice(2);
const source = args.find((a) => !a.startsWith('--'));
if (!source) {
	console.error('Usage: npm run restore -- <backup folder or .db file> [--check]');
	console.error(`Backups are in ${config.backupDir}. --check only checks the backup.`);
	process.exit(2);
}

try {
	if (args.includes('--check')) {
		const { dbFile, check } = checkBackup(source, config.migrationsDir);
		console.log(
			`${dbFile}: integrity ok, ${check.migrations} migration(s), ${check.pending} to apply on start`
		);
		if (check.missingPhotos.length) console.warn(`  ${check.missingPhotos.length} named photo(s) missing`);
		process.exit(0);
	}
	const result = restoreBackup({
		source,
		databasePath: config.databasePath,
		uploadsDir: config.uploadsDir,
		migrationsDir: config.migrationsDir
	});
	console.log(`Restored ${source} into ${config.databasePath} (integrity ok).`);
	if (result.check.pending)
		console.log(`  ${result.check.pending} newer migration(s) will be applied when the server starts.`);
	if (result.uploadsRestored) console.log(`  photos restored into ${config.uploadsDir}`);
	else console.warn('  this backup has no photo folder: the photos in UPLOADS_DIR were left as they are');
	if (result.check.missingPhotos.length)
		console.warn(
			`  ${result.check.missingPhotos.length} photo(s) named in the database are not in the backup`
		);
	for (const old of [result.previousDatabase, result.previousUploads])
		if (old) console.log(`  the previous one is kept at ${old} (delete it once all is well)`);
	console.log('Start the server again.');
} catch (e) {
	if (e instanceof BackupError) console.error(`Restore REFUSED, nothing changed: ${e.message}`);
	else
		console.error(
			`Restore FAILED: ${(e as Error).message}. Look at ${config.databasePath} and the ` +
				'*.before-restore-* copies next to it and to UPLOADS_DIR.'
		);
	process.exit(1);
}
