// How an answer that reaches the server meets the answer already kept for the item. Phones send
// answers late (after the signal returns) and twice (a retry after a dropped connection), and two
// members may answer the same item: the answer given later ON THE PHONE wins, the other is kept in
// the item's history, and a retry changes nothing. Pure, so the rule is tested table by table.
import type { AuditAnswer } from '../db/schema';

export interface AnswerVersion {
	answer: AuditAnswer;
	/** Trimmed; an empty note is null. */
	note: string | null;
	answeredBy: string | null;
	answeredAt: Date;
}

export type Merge =
	/** The first answer for the item. */
	| { kind: 'insert'; current: AnswerVersion }
	/** Given later than the kept one: it becomes current, the old one goes to history. */
	| { kind: 'replace'; current: AnswerVersion; history: AnswerVersion }
	/** Given earlier than the kept one (it arrived late): kept in history only. */
	| { kind: 'older'; history: AnswerVersion }
	/** Nothing new: the same answer again, or a retry of one already in history. */
	| { kind: 'unchanged' };

const sameContent = (a: AnswerVersion, b: AnswerVersion) => a.answer === b.answer && a.note === b.note;

const sameVersion = (a: AnswerVersion, b: AnswerVersion) =>
	sameContent(a, b) && a.answeredBy === b.answeredBy && a.answeredAt.getTime() === b.answeredAt.getTime();

/** A phone's clock can run ahead: an answer "from the future" would beat every honest one, so it counts as given now. */
export function clampAnsweredAt(at: Date, now: Date): Date {
	return at.getTime() > now.getTime() ? now : at;
}

/**
 * The kept answer always has the latest answeredAt of the item (every rule below preserves that), so
 * a retry of an answer that already lost is found in the history and is not stored twice. On a tie
 * the answer that reached the server last wins.
 */
export function mergeAnswer(
	current: AnswerVersion | null,
	history: readonly AnswerVersion[],
	incoming: AnswerVersion
): Merge {
	if (!current) return { kind: 'insert', current: incoming };
	// The same answer and note again (whoever sent it, whenever): a retry, or agreement. Matching on
	// content also makes a retry idempotent when clamping gave it a different time.
	if (sameContent(incoming, current)) return { kind: 'unchanged' };
	if (history.some((h) => sameVersion(h, incoming))) return { kind: 'unchanged' };
	if (incoming.answeredAt.getTime() >= current.answeredAt.getTime())
		return { kind: 'replace', current: incoming, history: current };
	return { kind: 'older', history: incoming };
}
