// Messages for the tickets domain's error codes (see ../form.ts).
import type { ErrorMessages } from './types';

export const TICKETS_MESSAGES: ErrorMessages = {};
