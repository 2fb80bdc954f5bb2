import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { Conflict, Forbidden, Invalid, NotFound } from './errors';
import { confirmStep, pageError, readForm, refusal, refuse } from './form';
import { RateLimited } from './security/limits';

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

describe('refuse, refusal and pageError', () => {
	const schema = z.object({ note: z.string(), title: z.string() });
	const form = () => superValidate({ note: 'kept', title: '' }, zod4(schema));
	const en = () => overwriteGetLocale(() => 'en');
	afterAll(() => overwriteGetLocale(() => 'id'));

	it('puts the words on the field the error names, with the status its kind means', async () => {
		en();
		const f = await form();
		const out = refuse(f, new Conflict('email_taken', 'title'), { field: (e) => (e.field as 'title') ?? '' });
		expect(out.status).toBe(409);
		expect(out.data.form.errors.title).toEqual(['This email is already used by another account.']);
		// What was typed stays.
		expect(out.data.form.data.note).toBe('kept');
		expect(out.data.form.valid).toBe(false);
	});

	it.each([
		[new NotFound('idea'), 404],
		[new Forbidden('moderate'), 403],
		[new Conflict('nickname_taken'), 409],
		[new Invalid('review_note'), 400],
		[new RateLimited(60_000), 429]
	])('answers %s with %i', (e, status) => {
		expect(refusal(e).status).toBe(status);
	});

	it('shows the refusal as the form message, or on the whole form, and a fixed status when asked', async () => {
		en();
		const asMessage = refuse(await form(), new Forbidden('moderate_own'), { asMessage: true, status: 409 });
		expect(asMessage.status).toBe(409);
		expect(asMessage.data.form.message).toBe(m.mod_err_own());
		const whole = refuse(await form(), new Invalid('review_note'));
		expect(whole.data.form.errors._errors).toEqual([m.review_v_note()]);
	});

	it('says how long to wait from the error itself', async () => {
		en();
		const out = refuse(await form(), new RateLimited(2 * 60_000), { field: 'note' });
		expect(out.status).toBe(429);
		expect(out.data.form.errors.note?.[0]).toMatch(/2 min/);
	});

	it('throws anything that is not a refusal on, so a bug still reaches the error handler', async () => {
		const bug = new TypeError('boom');
		await expect(async () => refuse(await form(), bug)).rejects.toBe(bug);
		expect(() => refusal(bug)).toThrow(bug);
		expect(() => pageError(bug)).toThrow(bug);
	});

	it('turns a missing thing into the 404 page, and a forbidden one into the 403 page saying why', async () => {
		en();
		expect(() => pageError(new NotFound('cycle'), 'No such cycle.')).toThrow(
			expect.objectContaining({ status: 404, body: { message: 'No such cycle.' } })
		);
		expect(() => pageError(new Forbidden('ticket_forbidden'))).toThrow(
			expect.objectContaining({ status: 403, body: { message: m.ticket_e_forbidden() } })
		);
		const f = await form();
		expect(() => refuse(f, new NotFound('cycle'), { notFoundPage: 'Gone.' })).toThrow(
			expect.objectContaining({ status: 404 })
		);
	});
});

describe('confirmStep', () => {
	const data = (fields: Record<string, string>) => {
		const d = new FormData();
		for (const [k, v] of Object.entries(fields)) d.append(k, v);
		return d;
	};

	it.each([
		['the first submit', 'ask', {}],
		['a confirmed field that is not 1', 'ask', { confirmed: 'true' }],
		['"Ya" on the second step', 'confirmed', { confirmed: '1' }],
		['"Batal" on the second step', 'cancelled', { cancel: '1' }],
		['both at once, sent by hand', 'cancelled', { confirmed: '1', cancel: '1' }]
	])('%s is %s', (_name, step, fields) => {
		expect(confirmStep(data(fields))).toBe(step);
	});
});
