// Which signals of harm screening found in a post, shared by the server schema and the pages that show
// them to a facilitator (a page never imports the server schema).

/** The three signals of a possible disclosure, so a facilitator can judge why a post was routed. */
export interface HarmSignals {
	/** Fragments found by the word lists (shipped and admins' words). */
	words: string[];
	/** Phrase rules that matched, by kind (threat, neglect, online…), with the fragment. */
	phrases: { kind: string; text: string }[];
	/** Hits after a negation or in a campaign sentence that did not count ("tidak ada kekerasan"). */
	setAside: string[];
	/** The classifier's score from 0 to 1, and the threshold at which it alone is enough. */
	score: number;
	threshold: number;
	/** The words the classifier leaned on most. */
	cues: string[];
}
