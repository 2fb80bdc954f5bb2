// Running an audit: start it, fill it on a phone (answers merged by when they were given), add photo
// evidence, submit it for review. Review, scoring and publication live in ../facilities.
export { getAudit, mayRead } from './access';
export { saveAnswers, submit, Unanswered, type AnswerInput, type SavedAnswer } from './answers';
export { answersFromForm, photosFromForm, postedValues, type PostedItem } from './form';
export { clampAnsweredAt, mergeAnswer, type AnswerVersion, type Merge } from './merge';
export { PAYLOAD_MAX_BYTES, parseAnswersPayload, readLimited } from './payload';
export { photoAccess, photoPath, type NewPhoto } from './photos';
export { forFilling, inProgress, mine, type FillAnswer, type FillView } from './read';
export * from './rules';
export { removePhoto, saveSection, type SectionInput } from './section';
export {
	facilitatorChoices,
	facilityChoices,
	kecamatanChoices,
	start,
	teamCandidates,
	today,
	type StartInput
} from './start';
