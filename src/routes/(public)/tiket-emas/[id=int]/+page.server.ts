import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as reviews from '$lib/server/reviews';
import { pageError } from '$lib/server/form';

export const load: PageServerLoad = ({ params }) => {
	try {
		const { next: _next, ...proposal } = reviews.get(getDb(), Number(params.id), 'public');
		return { proposal };
	} catch (e) {
		pageError(e);
	}
};
