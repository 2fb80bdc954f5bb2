// Messages for the facilities domain's error codes (see ../form.ts).
import type { ErrorMessages } from './types';

export const FACILITIES_MESSAGES: ErrorMessages = {};
