// Why someone reports an idea. Kept apart from the zod schemas so the idea page's report form does not
// pull the validation library into the browser.
export const REPORT_REASONS = ['personal_data', 'insult', 'unsafe', 'not_true', 'spam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
