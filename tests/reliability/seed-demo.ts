// Creates a fresh demo database at DATABASE_PATH (photos in UPLOADS_DIR), as `npm run demo -- --fresh`
// does, without starting a server: the reliability tests start and kill `node build` themselves.
import { config } from '../../src/lib/server/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { seedDemo } from '../../scripts/demo-data';

const db = openDatabase(config.databasePath, config.migrationsDir);
await seedDemo(db);
db.$client.close();
