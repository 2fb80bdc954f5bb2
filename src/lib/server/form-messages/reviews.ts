// Messages for the reviews domain's error codes (see ../form.ts).
import type { ErrorMessages } from './types';

export const REVIEWS_MESSAGES: ErrorMessages = {};
