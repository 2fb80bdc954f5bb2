import { describe, expect, it } from 'vitest';
import { readForm } from './form';

const post = (type: string, body: string) =>
	new Request('http://localhost/', { method: 'POST', headers: { 'content-type': type }, body });

describe('readForm', () => {
	it('reads a form as a browser posts it', async () => {
		expect((await readForm(post('application/x-www-form-urlencoded', 'id=7')))?.get('id')).toBe('7');
	});

	it.each([
		['a text/plain body', 'text/plain', 'id=7'],
		['multipart without a boundary', 'multipart/form-data', 'id=7'],
		[
			'multipart cut off before its end',
			'multipart/form-data; boundary=b',
			'--b\r\nContent-Disposition: form-data; name="id"\r\n\r\n7'
		],
		['JSON', 'application/json', '{"id":7}']
	])('is null for %s, for the action to answer 400', async (_name, type, body) => {
		expect(await readForm(post(type, body))).toBeNull();
	});
});
