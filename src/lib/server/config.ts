// Every environment variable the server reads is read here and nowhere else.
import path from 'node:path';

function env(name: string): string | undefined {
	const value = process.env[name];
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function intEnv(name: string, fallback: number, min = 1): number {
	const raw = env(name);
	if (raw === undefined) return fallback;
	const n = Number.parseInt(raw, 10);
	if (!Number.isFinite(n) || n < min)
		throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
	return n;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevel(raw: string): LogLevel {
	const level = raw.toLowerCase();
	if (!(LOG_LEVELS as readonly string[]).includes(level))
		throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
	return level as LogLevel;
}

export const config = {
	databasePath: path.resolve(env('DATABASE_PATH') ?? 'data/suara-anak.db'),
	uploadsDir: path.resolve(env('UPLOADS_DIR') ?? 'data/uploads'),
	migrationsDir: path.resolve(env('MIGRATIONS_DIR') ?? 'drizzle'),
	port: intEnv('PORT', 3000),
	origin: env('ORIGIN'),
	production: process.env.NODE_ENV === 'production',
	/** Cookies get `Secure` unless the site is served over plain http (local demo, tests). */
	secureCookies: (env('ORIGIN') ?? 'https://').startsWith('https://'),
	planningAgencyName: env('PLANNING_AGENCY_NAME') ?? 'Bappeda',
	uptdPpaContact: env('UPTD_PPA_CONTACT') ?? 'UPTD PPA Kabupaten Bengkayang',
	resetCodeHours: intEnv('RESET_CODE_HOURS', 24),
	/** Where `npm run backup` writes its timestamped copies, and how many it keeps. */
	backupDir: path.resolve(env('BACKUP_DIR') ?? 'data/backups'),
	backupKeep: intEnv('BACKUP_KEEP', 14),
	/** How long the public dashboard's figures are reused before they are computed again; 0: never. */
	dashboardCacheSeconds: intEnv('DASHBOARD_CACHE_SECONDS', 300, 0),
	/** How long a public page rendered for visitors who are not signed in is replayed; 0: never. */
	pageCacheMs: intEnv('PAGE_CACHE_MS', 1000, 0),
	/** debug | info | warn | error | silent; vitest runs stay quiet unless asked. */
	logLevel: logLevel(env('LOG_LEVEL') ?? (process.env.VITEST ? 'silent' : 'info'))
} as const;
