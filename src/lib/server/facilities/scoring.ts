// Audit scoring, a pure function: Ya 1, Sebagian 0.5, Tidak 0; "Tidak berlaku" and unanswered
// items are left out. A score is the weighted share of points, per section and over all items.
import type { AuditAnswer, AuditScores, ChecklistContent } from '../db/schema';

export const POINTS: Record<Exclude<AuditAnswer, 'tb'>, number> = { ya: 1, sebagian: 0.5, tidak: 0 };

export interface ScoredFinding {
	itemCode: string;
	sectionCode: string;
	/** A key item answered "Tidak": flagged as such wherever the finding is shown. */
	isKey: boolean;
}

export interface ScoreResult extends AuditScores {
	/** Every item answered "Tidak", in checklist order. */
	findings: ScoredFinding[];
	/** Items with no answer at all (left out of the score like "Tidak berlaku"). */
	unanswered: string[];
}

/** Four decimals: enough for a percentage, and free of floating-point noise in stored JSON. */
const share = (points: number, weight: number) =>
	weight > 0 ? Math.round((points / weight) * 10_000) / 10_000 : null;

export function scoreAudit(
	content: ChecklistContent,
	answers: ReadonlyMap<string, AuditAnswer>
): ScoreResult {
	const findings: ScoredFinding[] = [];
	const unanswered: string[] = [];
	let allPoints = 0;
	let allWeight = 0;
	const sections = content.sections.map((section) => {
		let points = 0;
		let weight = 0;
		for (const item of section.items) {
			const answer = answers.get(item.code);
			if (answer === undefined) {
				unanswered.push(item.code);
				continue;
			}
			if (answer === 'tb') continue;
			points += POINTS[answer] * item.weight;
			weight += item.weight;
			if (answer === 'tidak')
				findings.push({ itemCode: item.code, sectionCode: section.code, isKey: item.key });
		}
		allPoints += points;
		allWeight += weight;
		return { code: section.code, score: share(points, weight) };
	});
	return { overall: share(allPoints, allWeight), sections, findings, unanswered };
}

/** A share as a whole percentage for people, or null. */
export function percent(score: number | null | undefined): number | null {
	return score === null || score === undefined ? null : Math.round(score * 100);
}
