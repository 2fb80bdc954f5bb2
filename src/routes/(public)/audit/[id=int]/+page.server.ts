import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { can, hasRole } from '$lib/server/auth/permissions';
import { getDb } from '$lib/server/db';
import { NotFound } from '$lib/server/errors';
import * as facilities from '$lib/server/facilities';
import { m } from '$lib/paraglide/messages';

// Public, and only once published: a draft, submitted or sent-back audit is a 404 like a missing one.
export const load: PageServerLoad = ({ params, locals }) => {
	try {
		return {
			...facilities.report(getDb(), Number(params.id)),
			// From a finding to an idea: for Forum Anak members who may post.
			canStartIdea: hasRole(locals.user, 'forum_anak') && can(locals.user, 'child.participate')
		};
	} catch (e) {
		if (e instanceof NotFound) error(404, { message: m.error_not_found_text() });
		throw e;
	}
};
