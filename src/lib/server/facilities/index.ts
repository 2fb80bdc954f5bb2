// Facilities, checklist templates, audit review and publication, findings follow-up, public reads.
export * from './access';
export * from './facilities';
export * as templates from './templates';
export { InvalidContent, type ContentIssue } from './template-rules';
export { percent, scoreAudit, type ScoreResult } from './scoring';
export { publish, sendBack } from './review';
export { forReview, queue } from './review-read';
export * as findings from './findings';
export { findingForOpd, forOpd, type OpdFilter } from './opd-read';
export * from './reads';
export { checkCitable, findingForIdea, linkIdea } from './idea-link';
export { contentFromForm } from './template-form';
