import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { templates } from '$lib/server/facilities';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ params }) => {
	requireRole('admin');
	const db = getDb();
	const template = templates.get(db, Number(params.id));
	if (!template) error(404, { message: m.error_not_found_text() });
	return { template, isLatest: templates.latest(db, template.type)?.id === template.id };
};
