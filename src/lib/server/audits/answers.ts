// The team's answers: saved as members go (often late, often twice), and the submission for review.
import { and, eq } from 'drizzle-orm';
import * as auditLog from '../audit-log';
import type { Actor } from '../auth/permissions';
import type { Db, DbOrTx } from '../db/client';
import {
	AUDIT_ANSWERS,
	auditAnswerHistory,
	auditAnswers,
	audits,
	type AuditAnswer,
	type ChecklistContent
} from '../db/schema';
import { Conflict, Invalid } from '../errors';
import { forEditing } from './access';
import { clampAnsweredAt, mergeAnswer, type AnswerVersion } from './merge';
import { ANSWERS_PER_REQUEST, cleanNote, itemCodes, NOTE_MAX, unanswered } from './rules';

export interface AnswerInput {
	itemCode: string;
	answer: string;
	note?: string | null;
	/** When the member answered on the phone (epoch ms or a Date). */
	answeredAt: Date | number;
}

export interface SavedAnswer {
	itemCode: string;
	/** saved: it is the item's answer now · older: a later answer was already kept, this one went to
	 * the history · unchanged: nothing new (a retry, or the same answer again). */
	outcome: 'saved' | 'older' | 'unchanged';
	/** The item's answer after this request, for the phone to show. */
	current: { answer: AuditAnswer; note: string | null; answeredAt: number };
}

export interface CheckedAnswer extends AnswerVersion {
	itemCode: string;
}

const isAnswer = (a: string): a is AuditAnswer => (AUDIT_ANSWERS as readonly string[]).includes(a);

/** Checks every answer against the audit's checklist version before anything is written. */
export function checkAnswers(
	content: ChecklistContent,
	inputs: AnswerInput[],
	actorId: string,
	now: Date
): CheckedAnswer[] {
	if (inputs.length === 0) throw new Invalid('audit_answers_empty');
	if (inputs.length > ANSWERS_PER_REQUEST) throw new Invalid('audit_answers_too_many');
	const codes = itemCodes(content);
	return inputs.map((a) => {
		if (!codes.has(a.itemCode)) throw new Invalid('audit_item_unknown', a.itemCode);
		if (!isAnswer(a.answer)) throw new Invalid('audit_answer', a.itemCode);
		const note = cleanNote(a.note);
		if (note && note.length > NOTE_MAX) throw new Invalid('audit_note_long', a.itemCode);
		const at = new Date(a.answeredAt);
		if (!Number.isFinite(at.getTime())) throw new Invalid('audit_answered_at', a.itemCode);
		return {
			itemCode: a.itemCode,
			answer: a.answer,
			note,
			answeredBy: actorId,
			answeredAt: clampAnsweredAt(at, now)
		};
	});
}

function currentOf(tx: DbOrTx, auditId: number, itemCode: string): AnswerVersion | null {
	const row = tx
		.select()
		.from(auditAnswers)
		.where(and(eq(auditAnswers.auditId, auditId), eq(auditAnswers.itemCode, itemCode)))
		.get();
	return row ?? null;
}

function historyOf(tx: DbOrTx, auditId: number, itemCode: string): AnswerVersion[] {
	return tx
		.select()
		.from(auditAnswerHistory)
		.where(and(eq(auditAnswerHistory.auditId, auditId), eq(auditAnswerHistory.itemCode, itemCode)))
		.all();
}

const pick = (v: AnswerVersion) => ({
	answer: v.answer,
	note: v.note,
	answeredBy: v.answeredBy,
	answeredAt: v.answeredAt
});

/** Writes checked answers by the merge rule; call inside the transaction that checked the audit. */
export function applyAnswers(tx: DbOrTx, auditId: number, answers: CheckedAnswer[], now: Date) {
	let changed = false;
	const results = answers.map((a): SavedAnswer => {
		const { itemCode } = a;
		const current = currentOf(tx, auditId, itemCode);
		const merge = mergeAnswer(current, current ? historyOf(tx, auditId, itemCode) : [], a);
		if (merge.kind === 'insert')
			tx.insert(auditAnswers)
				.values({ auditId, itemCode, ...pick(merge.current), savedAt: now })
				.run();
		if (merge.kind === 'replace')
			tx.update(auditAnswers)
				.set({ ...pick(merge.current), savedAt: now })
				.where(and(eq(auditAnswers.auditId, auditId), eq(auditAnswers.itemCode, itemCode)))
				.run();
		if (merge.kind === 'replace' || merge.kind === 'older')
			tx.insert(auditAnswerHistory)
				.values({ auditId, itemCode, ...pick(merge.history), replacedAt: now })
				.run();
		changed ||= merge.kind !== 'unchanged';
		const kept = merge.kind === 'insert' || merge.kind === 'replace' ? merge.current : current!;
		return {
			itemCode,
			outcome: merge.kind === 'older' ? 'older' : merge.kind === 'unchanged' ? 'unchanged' : 'saved',
			current: { answer: kept.answer, note: kept.note, answeredAt: kept.answeredAt.getTime() }
		};
	});
	if (changed) tx.update(audits).set({ updatedAt: now }).where(eq(audits.id, auditId)).run();
	return results;
}

/**
 * A team member's answers, from the phone's queue or a section form. Every answer is checked first;
 * one bad answer refuses the request and nothing is written.
 */
export function saveAnswers(
	db: Db,
	actor: Actor,
	auditId: number,
	answers: AnswerInput[],
	now = new Date()
): SavedAnswer[] {
	return db.transaction(
		(tx) => {
			const { content } = forEditing(tx, actor, auditId, now);
			const checked = checkAnswers(content, answers, actor.id, now);
			return applyAnswers(tx, auditId, checked, now);
		},
		{ behavior: 'immediate' }
	);
}

/** Items still unanswered: the team cannot submit yet. */
export class Unanswered extends Conflict {
	constructor(readonly missing: string[]) {
		super('audit_unanswered');
	}
}

/** The team hands the audit to its facilitator for review; every item must have an answer. */
export function submit(db: Db, actor: Actor, auditId: number, now = new Date()): void {
	db.transaction(
		(tx) => {
			const { audit, content } = forEditing(tx, actor, auditId, now);
			const answered = tx
				.select({ code: auditAnswers.itemCode })
				.from(auditAnswers)
				.where(eq(auditAnswers.auditId, auditId))
				.all();
			const missing = unanswered(content, new Set(answered.map((a) => a.code)));
			if (missing.length) throw new Unanswered(missing);
			tx.update(audits)
				.set({ status: 'diajukan', submittedAt: now, updatedAt: now })
				.where(eq(audits.id, auditId))
				.run();
			auditLog.record(tx, {
				actorId: actor.id,
				action: 'audit.submit',
				targetType: 'audit',
				targetId: String(auditId),
				details: { from: audit.status }
			});
		},
		{ behavior: 'immediate' }
	);
}
