import type { LayoutServerLoad } from './$types';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import * as notifications from '$lib/server/notifications';

export const load: LayoutServerLoad = ({ locals, depends }) => {
	// A page that changes notifications in place can refresh the bell with invalidate('app:notifications').
	depends('app:notifications');
	const user = locals.user;
	return {
		user: user
			? {
					username: user.username,
					displayName: user.displayName,
					roles: user.roles,
					// No roles until then: the header still shows where to set the second factor up.
					mustSetUpSecondFactor: !!user.mustSetUpSecondFactor
				}
			: null,
		unreadNotifications: user ? notifications.unreadCount(getDb(), user.id) : 0,
		agencyName: config.planningAgencyName
	};
};
