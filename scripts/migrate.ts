// npm run db:migrate: create the database if needed and apply the migrations in drizzle/.
import { config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';

const db = openDatabase(config.databasePath, config.migrationsDir);
db.$client.close();
console.log(`Migrated ${config.databasePath}`);
