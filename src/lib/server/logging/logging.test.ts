import { describe, expect, it } from 'vitest';
import { config } from '../config';
import { createLogger, describeError, errorIdOf, formatLine, rememberErrorId, requestFields } from './index';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return { out, err, sink: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

const facts = (url: string, over: Partial<Parameters<typeof requestFields>[0]> = {}) => ({
	method: 'POST',
	routeId: '/aspirasi/[id=int]',
	params: { id: '12' },
	url: new URL(url),
	isDataRequest: false,
	status: 200,
	ms: 3.14159,
	...over
});

describe('log lines', () => {
	it('are one JSON object per line with time, level and message first', () => {
		const line = formatLine('info', 'request', { status: 200 }, new Date('2026-11-23T01:02:03Z'));
		expect(line).not.toContain('\n');
		expect(Object.keys(JSON.parse(line))).toEqual(['time', 'level', 'msg', 'status']);
		expect(JSON.parse(line).time).toBe('2026-11-23T01:02:03.000Z');
	});

	it('below the threshold are dropped, and errors go to stderr', () => {
		const { out, err, sink } = capture();
		const log = createLogger('warn', sink);
		log.debug('a');
		log.info('b');
		log.warn('c');
		log.error('d');
		expect(out.map((l) => JSON.parse(l).msg)).toEqual(['c']);
		expect(err.map((l) => JSON.parse(l).msg)).toEqual(['d']);
	});

	it('are silent at "silent", which vitest runs get by default', () => {
		const { out, err, sink } = capture();
		createLogger('silent', sink).error('x');
		expect([...out, ...err]).toEqual([]);
		expect(config.logLevel).toBe(process.env.LOG_LEVEL?.trim() || 'silent');
	});
});

describe('a request line', () => {
	it('has method, route, numeric params, action, status and a rounded duration', () => {
		expect(requestFields(facts('http://x/aspirasi/12?/dukung'))).toEqual({
			method: 'POST',
			route: '/aspirasi/[id=int]',
			path: undefined,
			params: 'id=12',
			action: 'dukung',
			data: undefined,
			status: 200,
			ms: 3.1,
			errorId: undefined
		});
	});

	it('never holds the query string, a photo name or an account id', () => {
		const secret = 'kode-rahasia-123';
		const lines = [
			requestFields(
				facts(`http://x/masuk/reset?code=${secret}&token=${secret}`, { routeId: '/masuk/reset' })
			),
			requestFields(facts(`http://x/aspirasi?q=${secret}`, { routeId: '/aspirasi', params: {} })),
			requestFields(
				facts(`http://x/foto/${secret}.webp`, { routeId: '/foto/[name]', params: { name: `${secret}.webp` } })
			),
			requestFields(facts(`http://x/admin/pengguna/${secret}`, { params: { id: secret } }))
		].map((f) => JSON.stringify(f));
		for (const line of lines) expect(line).not.toContain(secret);
	});

	it('keeps the path of an unmatched address, without its query, cut to 200 characters', () => {
		const f = requestFields(
			facts(`http://x/wp-login.php?pwd=hunter2`, { routeId: null, params: {}, status: 404 })
		);
		expect(f).toMatchObject({ route: null, path: '/wp-login.php', status: 404 });
		expect(JSON.stringify(f)).not.toContain('hunter2');
		const long = requestFields(facts(`http://x/${'a'.repeat(500)}`, { routeId: null, params: {} }));
		expect(String(long.path)).toHaveLength(200);
	});

	it('names only a form action, never other query parameters that look like one', () => {
		expect(requestFields(facts('http://x/aspirasi/12?/batal&x=1')).action).toBe('batal');
		expect(requestFields(facts('http://x/aspirasi/12?q=/dukung')).action).toBeUndefined();
	});

	it('carries the error id handleError gave the same request', () => {
		const locals = {};
		rememberErrorId(locals, 'ab12cd34');
		expect(errorIdOf(locals)).toBe('ab12cd34');
		expect(errorIdOf({})).toBeUndefined();
		const f = requestFields(facts('http://x/aspirasi/12', { status: 500, errorId: errorIdOf(locals) }));
		expect(f.errorId).toBe('ab12cd34');
	});
});

describe('an error description', () => {
	it('has the name, message and stack frames', () => {
		const d = describeError(new TypeError('no such column: votes.x'));
		expect(d.error).toBe('TypeError');
		expect(d.message).toBe('no such column: votes.x');
		expect(Array.isArray(d.stack) && d.stack.every((l) => l.startsWith('at '))).toBe(true);
	});

	it('cuts long quoted input out of the message (a child may have typed it)', () => {
		const childText = 'Jalan ke sekolah kami rusak parah sekali';
		let parseError: unknown;
		try {
			JSON.parse(`{"body": "${childText}" oops}`);
		} catch (e) {
			parseError = e;
		}
		const d = describeError(parseError);
		expect(d.error).toBe('SyntaxError');
		expect(JSON.stringify(d)).not.toContain('sekolah');
	});

	it('says only the type of something thrown that is not an Error', () => {
		expect(describeError('a password')).toEqual({ error: 'string' });
	});
});
