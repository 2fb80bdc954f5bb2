// Messages for the audits domain's error codes (see ../form.ts).
import type { ErrorMessages } from './types';

export const AUDITS_MESSAGES: ErrorMessages = {};
