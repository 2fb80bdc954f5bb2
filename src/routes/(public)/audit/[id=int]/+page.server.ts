import type { PageServerLoad } from './$types';
import { can, hasRole } from '$lib/server/auth/permissions';
import { getDb } from '$lib/server/db';
import * as facilities from '$lib/server/facilities';
import { pageError } from '$lib/server/form';

// Public, and only once published: a draft, submitted or sent-back audit is a 404 like a missing one.
export const load: PageServerLoad = ({ params, locals }) => {
	try {
		return {
			...facilities.report(getDb(), Number(params.id)),
			// From a finding to an idea: for Forum Anak members who may post.
			canStartIdea: hasRole(locals.user, 'forum_anak') && can(locals.user, 'child.participate')
		};
	} catch (e) {
		pageError(e);
	}
};
