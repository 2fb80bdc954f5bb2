/** Every code reporting an idea throws. */
export type ReportsErrorCode = 'report_own' | 'report_reason' | 'report_note';
