// The KLA dashboard domain: public figures (children counts protected by safe.ts), the evidence pack,
// and what only facilitators and admins see.
export { AGE_BANDS, type AgeBand } from './age';
export type { Answers } from './answers';
export type { ClusterRow, Funnel } from './aspirations';
export { BURST_RULE, type VoteBurst } from './bursts';
export { evidencePack, ticketList } from './evidence';
export type { FacilityRow, Findings } from './facilities';
export {
	GENDER_KEYS,
	VERIFIED_KEYS,
	type GenderKey,
	type ParticipationView,
	type VerifiedKey
} from './participation';
export type { Snapshot } from './cache';
export { cachedPublicDashboard, publicDashboard, type KecamatanRow, type PublicDashboard } from './public';
export { MIN_GROUP, safe, safeText, type SafeNumber } from './safe';
export { filterOf, kecamatanList, parseFilter, resolveScope, type Scope } from './scope';
export { SAFEGUARDING_AGES, staffFigures, type StaffFigures } from './staff';
export type { CycleRow, MonthRow } from './trend';
