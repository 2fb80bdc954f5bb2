// The shape of a checklist template's content, shared by the server schema and the audit pages.

/** Text in both languages. */
export interface Bilingual {
	id: string;
	en: string;
}

export interface ChecklistItem {
	/** Stable within a template type across versions, e.g. "R4.2". */
	code: string;
	text: Bilingual;
	question: Bilingual;
	hint: Bilingual;
	key: boolean;
	weight: number;
}

export interface ChecklistSection {
	code: string;
	title: Bilingual;
	items: ChecklistItem[];
}

export interface ChecklistContent {
	sections: ChecklistSection[];
}
