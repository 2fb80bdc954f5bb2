// Messages for the dashboard domain's error codes (see ../form.ts).
import { m } from '$lib/paraglide/messages';
import type { ErrorMessages } from './types';

export const DASHBOARD_MESSAGES: ErrorMessages = {
	dashboard_staff: m.dash_err_staff
};
