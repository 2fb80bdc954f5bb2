// The shapes the facilities pages pass to their shared components.
export interface Text {
	id: string;
	en: string;
}

export interface FindingView {
	id: number;
	itemCode: string;
	isKey: boolean;
	note: string | null;
	status: 'terbuka' | 'direncanakan' | 'diperbaiki' | 'selesai';
	plan: string | null;
	targetDate: Date | null;
	fixedAt: Date | null;
	fixedNote: string | null;
	fixedPhotoUrl: string | null;
	overdue: boolean;
	item: { text: Text; question: Text } | null;
	photos?: string[];
	events?: {
		kind: 'plan' | 'fixed' | 'confirmed' | 'reopened';
		note: string | null;
		/** A plan's target day, 'YYYY-MM-DD'. */
		targetDay: string | null;
		actorRole: string;
		createdAt: Date;
	}[];
}
