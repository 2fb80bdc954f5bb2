import type { LayoutServerLoad } from './$types';
import { config } from '$lib/server/config';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		user: user ? { username: user.username, displayName: user.displayName, roles: user.roles } : null,
		agencyName: config.planningAgencyName
	};
};
