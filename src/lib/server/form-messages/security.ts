// Messages for the security domain's error codes (see ../form.ts).
import type { ErrorMessages } from './types';

export const SECURITY_MESSAGES: ErrorMessages = {};
