import type { RequestHandler } from './$types';
import * as account from '$lib/server/account';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';

export const GET: RequestHandler = () => {
	const user = requireUser();
	const now = new Date();
	const data = account.exportData(getDb(), user.id, now);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="${account.exportFileName(user.username, now)}"`,
			// Personal data: never kept by the browser or a proxy.
			'Cache-Control': 'no-store'
		}
	});
};
