import { describe, expect, it } from 'vitest';
import { answersFromForm, parseAnswersPayload, photosFromForm, postedValues, readLimited } from './index';

const NOW = new Date('2027-03-01T02:00:00Z');

function form(fields: Record<string, string | File>): FormData {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
}

describe('a posted section form', () => {
	it.each([
		[
			'a new answer counts as given now',
			{ 'a:R1.1': 'ya', 'oa:R1.1': '' },
			[{ itemCode: 'R1.1', answer: 'ya', note: '', answeredAt: NOW }]
		],
		[
			'an untouched answer is not sent again',
			{ 'a:R1.1': 'ya', 'oa:R1.1': 'ya', 'n:R1.1': 'x', 'on:R1.1': 'x' },
			[]
		],
		[
			'a changed note is an answer',
			{ 'a:R1.1': 'ya', 'oa:R1.1': 'ya', 'n:R1.1': 'rusak', 'on:R1.1': '' },
			[{ itemCode: 'R1.1', answer: 'ya', note: 'rusak', answeredAt: NOW }]
		],
		[
			'spaces alone do not change a note',
			{ 'a:R1.1': 'ya', 'oa:R1.1': 'ya', 'n:R1.1': '  ', 'on:R1.1': '' },
			[]
		],
		[
			'the time the phone recorded is kept',
			{ 'a:R1.1': 'tidak', 'oa:R1.1': 'ya', 't:R1.1': '1800000000000' },
			[{ itemCode: 'R1.1', answer: 'tidak', note: '', answeredAt: 1800000000000 }]
		],
		[
			'a broken time counts as now',
			{ 'a:R1.1': 'tb', 't:R1.1': 'kemarin' },
			[{ itemCode: 'R1.1', answer: 'tb', note: '', answeredAt: NOW }]
		],
		[
			'an item left empty is skipped',
			{ 'n:R1.1': '', 'a:R1.2': 'ya' },
			[{ itemCode: 'R1.2', answer: 'ya', note: '', answeredAt: NOW }]
		]
	])('%s', (_name, fields, expected) => {
		expect(answersFromForm(form(fields), NOW)).toEqual(expected);
	});

	it('refuses a note without an answer, next to its item', () => {
		expect(() => answersFromForm(form({ 'n:R2.1': 'tidak ada papan' }), NOW)).toThrow(
			expect.objectContaining({ code: 'audit_answer_first', field: 'R2.1' })
		);
	});

	it('keeps what was typed, to show it again', () => {
		expect(postedValues(form({ 'a:R1.1': 'ya', 'n:R1.1': 'catatan', 'n:R1.2': 'x', 'oa:R1.1': '' }))).toEqual(
			{
				'R1.1': { answer: 'ya', note: 'catatan' },
				'R1.2': { answer: '', note: 'x' }
			}
		);
	});

	it('reads photos per item and skips empty file inputs', async () => {
		const photos = await photosFromForm(
			form({
				'f:R1.1': new File([new Uint8Array([1, 2, 3])], 'a.jpg'),
				'f:R1.2': new File([], ''),
				'a:R1.1': 'ya'
			})
		);
		expect(photos).toEqual([{ itemCode: 'R1.1', bytes: new Uint8Array([1, 2, 3]) }]);
	});

	it('refuses a photo over the size limit next to its item', async () => {
		const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.jpg');
		await expect(photosFromForm(form({ 'f:R3.1': big }))).rejects.toMatchObject({
			code: 'photo_too_big',
			field: 'R3.1'
		});
	});
});

describe('the JSON a phone sends', () => {
	const request = (body: string, headers: Record<string, string> = {}) =>
		new Request('http://localhost/audit/1/jawaban', { method: 'POST', body, headers });

	it('reads a body within the limit', async () => {
		expect(await readLimited(request('{"a":1}'), 100)).toBe('{"a":1}');
	});

	it('refuses a body over the limit, declared or not', async () => {
		await expect(readLimited(request('x'.repeat(101)), 100)).rejects.toThrow('audit_payload_too_big');
		await expect(readLimited(request('{}', { 'content-length': '5000' }), 100)).rejects.toThrow(
			'audit_payload_too_big'
		);
	});

	it('accepts the answers shape', () => {
		expect(
			parseAnswersPayload(
				'{"answers":[{"itemCode":"R1.1","answer":"ya","note":null,"answeredAt":1800000000000}]}'
			)
		).toEqual([{ itemCode: 'R1.1', answer: 'ya', note: null, answeredAt: 1800000000000 }]);
	});

	it.each([
		['not JSON', 'jawaban'],
		['no answers', '{"answers":[]}'],
		['a time as text', '{"answers":[{"itemCode":"R1.1","answer":"ya","answeredAt":"kemarin"}]}'],
		['a missing item code', '{"answers":[{"answer":"ya","answeredAt":1}]}'],
		['an array at the top', '[]']
	])('refuses %s', (_name, body) => {
		expect(() => parseAnswersPayload(body)).toThrow('audit_payload');
	});
});
