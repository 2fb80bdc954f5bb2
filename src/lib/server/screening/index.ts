// Screening of child-written text. `screen` is pure; `screenText` adds the admins' extra words.
export {
	findSpans,
	markText,
	screen,
	SHIPPED,
	type ExtraWords,
	type ScreeningDecision,
	type ScreeningKind,
	type ScreeningPiece,
	type ScreeningResult,
	type WordList
} from './screen';
export { normalise, normaliseWord } from './normalise';
export {
	addWord,
	extraWords,
	listWords,
	removeWord,
	screenText,
	tryText,
	WORD_MAX,
	WORD_MIN,
	type ScreeningList
} from './words';
