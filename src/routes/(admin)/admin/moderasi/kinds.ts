// How each kind of screening hit is named and marked on the admin page.
import { m } from '$lib/paraglide/messages';

export const KINDS = ['personal', 'insult', 'harm'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABEL: Record<Kind, () => string> = {
	personal: m.screen_kind_personal,
	insult: m.screen_kind_insult,
	harm: m.screen_kind_harm
};

export const MARK_TONE: Record<Kind, string> = {
	personal: 'bg-warning-200 text-surface-950',
	insult: 'bg-warning-300 text-surface-950',
	harm: 'bg-error-300 text-surface-950'
};
