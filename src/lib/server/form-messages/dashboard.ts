// Messages for the dashboard domain's error codes (see ../form.ts).
import type { ErrorMessages } from './types';

export const DASHBOARD_MESSAGES: ErrorMessages = {};
