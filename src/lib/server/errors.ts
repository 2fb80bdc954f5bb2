// Small typed errors that domain modules throw and routes turn into error() or fail().
import type { AccountErrorCode } from './account/errors';
import type { AuditsErrorCode } from './audits/errors';
import type { AuthErrorCode } from './auth/errors';
import type { CyclesErrorCode } from './cycles/errors';
import type { FacilitiesErrorCode } from './facilities/errors';
import type { IdeasErrorCode } from './ideas/errors';
import type { ModerationErrorCode } from './moderation/errors';
import type { NotificationsErrorCode } from './notifications/errors';
import type { ReportsErrorCode } from './reports/errors';
import type { ReviewsErrorCode } from './reviews/errors';
import type { SafeguardingErrorCode } from './safeguarding/errors';
import type { SecurityErrorCode } from './security/errors';
import type { TicketsErrorCode } from './tickets/errors';
import type { UploadsErrorCode } from './uploads/errors';
import type { UsersErrorCode } from './users/errors';
import type { VerificationErrorCode } from './verification/errors';
import type { VotesErrorCode } from './votes/errors';

/** The dashboard's one code. */
export type DashboardErrorCode = 'dashboard_staff';
/** The screening word list's codes. */
export type ScreeningErrorCode =
	'screen_word' | 'screen_word_length' | 'screen_word_shape' | 'screen_word_taken' | 'screen_word_shipped';

/**
 * Every code a domain may throw: each domain declares its own in `<domain>/errors.ts`, and
 * `./error-messages.ts` gives each one its words (a code without words fails `npm run check`).
 */
export type ErrorCode =
	| AccountErrorCode
	| AuditsErrorCode
	| AuthErrorCode
	| CyclesErrorCode
	| DashboardErrorCode
	| FacilitiesErrorCode
	| IdeasErrorCode
	| ModerationErrorCode
	| NotificationsErrorCode
	| ReportsErrorCode
	| ReviewsErrorCode
	| SafeguardingErrorCode
	| ScreeningErrorCode
	| SecurityErrorCode
	| TicketsErrorCode
	| UploadsErrorCode
	| UsersErrorCode
	| VerificationErrorCode
	| VotesErrorCode;

export class DomainError extends Error {
	/** A key the route maps to a translated message; `field` names the input at fault, if one is. */
	constructor(
		readonly code: ErrorCode,
		readonly field?: string
	) {
		super(code);
		this.name = new.target.name;
	}
}
export class NotFound extends DomainError {}
export class Forbidden extends DomainError {}
export class Conflict extends DomainError {}
export class Invalid extends DomainError {}
