import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';

export const load: PageServerLoad = () => {
	const user = requireUser();
	return { isChild: user.kind === 'child' };
};
