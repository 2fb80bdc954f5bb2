/** Every code the votes domain throws: the reasons a vote is refused (./rules.ts). */
export type { VoteCode as VotesErrorCode } from './rules';
