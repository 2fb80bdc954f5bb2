import { json, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { checkHealth } from '$lib/server/health';

export const GET: RequestHandler = () => {
	const ok = checkHealth(getDb);
	return json(ok ? { status: 'ok', db: 'ok' } : { status: 'error', db: 'error' }, {
		status: ok ? 200 : 503,
		headers: { 'Cache-Control': 'no-store' }
	});
};
