import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { NotFound } from '$lib/server/errors';
import * as reviews from '$lib/server/reviews';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ params }) => {
	try {
		const { next: _next, ...proposal } = reviews.get(getDb(), Number(params.id), 'public');
		return { proposal };
	} catch (e) {
		if (e instanceof NotFound) error(404, { message: m.error_not_found_text() });
		throw e;
	}
};
