// Safeguarding actions and waiting times in words, for the queue and the item page.
import { m } from '$lib/paraglide/messages';

const ACTIONS: Record<string, () => string> = {
	referred_uptd: m.safe_action_referred_uptd,
	contacted_facilitator: m.safe_action_contacted_facilitator,
	no_concern: m.safe_action_no_concern,
	note: m.safe_action_note
};

export const actionLabel = (action: string) => (ACTIONS[action] ?? m.safe_action_note)();

const HOUR = 3_600_000;

/** "5 jam menunggu" under two days, then whole days: the age that tells how urgent an item is. */
export function waited(since: Date | string | number, now = Date.now()): string {
	const hours = Math.max(0, Math.floor((now - new Date(since).getTime()) / HOUR));
	return hours < 48 ? m.safe_waited_hours({ n: hours }) : m.safe_waited_days({ n: Math.floor(hours / 24) });
}
