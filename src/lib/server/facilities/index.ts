// Facilities, checklist templates, audit review and publication, findings follow-up, public reads.
export * from './access';
export * from './facilities';
export * as templates from './templates';
export { InvalidContent, type ContentIssue } from './rules';
export { percent, scoreAudit, type ScoreResult } from './scoring';
export { forReview, publish, queue, sendBack } from './review';
export * as findings from './findings';
export * from './read';
export { checkCitable, findingForIdea, linkIdea } from './idea-link';
export { contentFromForm } from './template-form';
