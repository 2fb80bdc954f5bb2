/** The one code of the rate limits (RateLimited in ./limits.ts carries the wait). */
export type SecurityErrorCode = 'rate_limited';
