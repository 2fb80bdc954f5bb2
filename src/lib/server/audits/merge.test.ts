import { describe, expect, it } from 'vitest';
import { clampAnsweredAt, mergeAnswer, type AnswerVersion } from './merge';

const T0 = Date.UTC(2027, 2, 1, 2, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const v = (
	answeredBy: string,
	minutes: number,
	answer: AnswerVersion['answer'] = 'ya',
	note: string | null = null
) => ({
	answer,
	note,
	answeredBy,
	answeredAt: at(minutes)
});

describe('mergeAnswer', () => {
	it.each([
		['the first answer is kept', null, [], v('ani', 1), 'insert'],
		['a later answer replaces the kept one', v('ani', 1), [], v('budi', 2, 'tidak'), 'replace'],
		['an earlier answer arriving late goes to history', v('budi', 2, 'tidak'), [], v('ani', 1), 'older'],
		['the same answer again changes nothing', v('ani', 1), [], v('ani', 1), 'unchanged'],
		['a retry clamped to another time changes nothing', v('ani', 1), [], v('ani', 5), 'unchanged'],
		['another member agreeing changes nothing', v('ani', 1), [], v('budi', 3), 'unchanged'],
		[
			'a retry of an answer already in history changes nothing',
			v('budi', 2, 'tidak'),
			[v('ani', 1)],
			v('ani', 1),
			'unchanged'
		],
		['a new note is a new answer', v('ani', 1), [], v('ani', 2, 'ya', 'pagar rusak'), 'replace'],
		['a tie goes to the answer that arrived last', v('ani', 2), [], v('budi', 2, 'tidak'), 'replace'],
		[
			'the same words at another time are a new answer',
			v('budi', 3, 'tidak'),
			[v('ani', 1)],
			v('ani', 4),
			'replace'
		]
	] as const)('%s', (_name, current, history, incoming, kind) => {
		const merge = mergeAnswer(current, history, incoming);
		expect(merge.kind).toBe(kind);
		if (merge.kind === 'replace') expect(merge).toEqual({ kind, current: incoming, history: current });
		if (merge.kind === 'older') expect(merge).toEqual({ kind, history: incoming });
	});

	/** Applies arrivals one by one the way the service does, returning the kept answer and history. */
	function replay(arrivals: AnswerVersion[]) {
		let current: AnswerVersion | null = null;
		const history: AnswerVersion[] = [];
		for (const a of arrivals) {
			const m = mergeAnswer(current, history, a);
			if (m.kind === 'insert' || m.kind === 'replace') current = m.current;
			if (m.kind === 'replace' || m.kind === 'older') history.push(m.history);
		}
		return { current, history };
	}

	const permutations = <T>(xs: T[]): T[][] =>
		xs.length <= 1
			? [xs]
			: xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

	it('ends the same whatever order the answers (and their retries) arrive in', () => {
		const ani = v('ani', 1, 'ya');
		const budi = v('budi', 3, 'tidak');
		const citra = v('citra', 2, 'sebagian', 'ayunan goyang');
		for (const order of permutations([ani, budi, citra, { ...ani }, { ...budi }])) {
			const { current, history } = replay(order);
			expect(current).toEqual(budi);
			expect(history).toHaveLength(2);
			expect(history).toEqual(expect.arrayContaining([ani, citra]));
		}
	});

	it('keeps the latest answer current even when it arrives first', () => {
		const { current, history } = replay([v('budi', 9, 'tidak'), v('ani', 1), v('citra', 4, 'tb')]);
		expect(current?.answeredBy).toBe('budi');
		expect(history.map((h) => h.answeredBy)).toEqual(['ani', 'citra']);
	});
});

describe('clampAnsweredAt', () => {
	const now = at(60);
	it.each([
		['a time from the future counts as now', at(600), now],
		['an earlier time is kept', at(30), at(30)],
		['now is kept', at(60), now]
	])('%s', (_name, given, expected) => {
		expect(clampAnsweredAt(given, now)).toEqual(expected);
	});
});
